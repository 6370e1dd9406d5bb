import { parseCommand } from '../../bot/src/teams/commands';

describe('reading bot commands', () => {
  it.each([
    ['help', 'help'],
    ['Help', 'help'],
    ['  aide  ', 'help'],
    ['Aide !', 'help'],
    ['?', 'help'],
    ['/help', 'help'],
    ['Bonjour', 'help'],
    ['charter', 'charter'],
    ['CHARTE', 'charter'],
    ['charte.', 'charter'],
  ])('reads %j as %s', (text, id) => {
    expect(parseCommand(text)).toMatchObject({ kind: 'command', id });
  });

  it('keeps the words after the command as arguments', () => {
    expect(parseCommand('help   me please')).toEqual({ kind: 'command', id: 'help', args: 'me please' });
  });

  it('tells empty messages and unknown text apart, and shortens what it repeats', () => {
    expect(parseCommand('   ')).toEqual({ kind: 'empty' });
    const unknown = parseCommand(`what is this ${'x'.repeat(200)}`);
    expect(unknown.kind).toBe('unknown');
    expect(unknown.kind === 'unknown' && unknown.text.length).toBe(60);
  });
});
