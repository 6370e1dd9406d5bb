/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  eventually,
  expectAccessible,
  mainOverflow,
  member,
  shot,
  tabSession,
  textOf,
  toast,
} from '../support/e2e';

/*
 * Circles (key 2), as people use them: browse and filter, create, join and leave with undo, ask
 * to join a closed circle and get approved, invitations, and private circles that stay invisible.
 */

const CAMILLE = member('a1'); // administrator, owner of the demo circles
const INES = member('a3'); // Data department, in mlops and the Lyon pod
const PRIYA = member('a4'); // Product, in llm-practice and data-leaders
const JULIEN = member('a5'); // Finance, not in data-leaders (private)

describe('Circles: directory, membership, requests, invitations and privacy', () => {
  const session = tabSession();
  const { open, api } = session;

  const card = (page: Page, circleId: string) =>
    page.locator(`[data-testid="circle-card"][data-circle-id="${circleId}"]`);

  it('filters the directory by kind and by where I stand, searches, and suggests circles with a reason', async () => {
    const { context, page, errors } = await open(INES, '#/circles');
    await card(page, 'mlops').waitFor();
    // Suggested: LLM in practice, because someone from Data (Camille) is in it.
    await expect(
      textOf(page.getByTestId('suggestions'), /LLM in practice[\s\S]*1 person from Data joined/),
    ).resolves.toMatch(/LLM in practice[\s\S]*1 person from Data joined/);

    await page.getByRole('tab', { name: 'Pods' }).click();
    await expect(
      textOf(page.getByTestId('directory'), /Pod Lyon · dataviz[\s\S]*5 of 8 seats/),
    ).resolves.toMatch(/Pod Lyon · dataviz[\s\S]*5 of 8 seats/);
    await expect(page.getByTestId('circle-card').count()).resolves.toBe(1);

    await page.getByRole('tab', { name: 'Mine' }).click();
    await expect(
      eventually(
        () => page.getByTestId('directory').getByTestId('circle-card').count(),
        (n) => n === 3,
      ),
    ).resolves.toBe(3); // the community, MLOps, the Lyon pod

    await page.getByRole('tab', { name: 'Invitations' }).click();
    await page.getByRole('heading', { name: 'No invitations right now' }).waitFor();

    await page.getByRole('tab', { name: 'All circles' }).click();
    await page.getByRole('searchbox', { name: 'Search circles' }).fill('zzz-nothing');
    await page.getByRole('heading', { name: 'No circles match “zzz-nothing”' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search circles' }).fill('evaluation');
    await eventually(
      () => page.getByTestId('directory').getByTestId('circle-card').count(),
      (n) => n === 1,
    );
    await expect(card(page, 'llm-practice').isVisible()).resolves.toBe(true);

    // The visibility badge explains itself to keyboard users too.
    await card(page, 'llm-practice').getByTestId('visibility-badge').focus();
    await page.getByRole('tooltip').filter({ hasText: 'Anyone can find it, join at once' }).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('joins an open circle with undo, and leaves it from its page with undo', async () => {
    const { context, page } = await open(INES, '#/circles');
    const llm = card(page, 'llm-practice').first();
    await llm.getByRole('button', { name: 'Join' }).click();
    await toast(page, 'You joined LLM in practice.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await toast(page, 'You left LLM in practice.').waitFor();
    await eventually(
      () => card(page, 'llm-practice').first().getByRole('button', { name: 'Join' }).count(),
      (n) => n === 1,
    );

    await card(page, 'llm-practice').first().getByRole('button', { name: 'Join' }).click();
    await toast(page, 'You joined LLM in practice.').waitFor();
    await card(page, 'llm-practice').first().getByRole('link', { name: 'LLM in practice' }).click();
    const header = page.getByTestId('circle-header');
    await expect(textOf(header, /LLM in practice[\s\S]*Member[\s\S]*6 members/)).resolves.toMatch(
      /LLM in practice[\s\S]*Member[\s\S]*6 members/,
    );
    await header.getByRole('button', { name: 'Leave' }).click(); // open circle: no confirmation, Undo instead
    await toast(page, 'You left LLM in practice.').waitFor();
    await expect(textOf(header, /5 members/)).resolves.toMatch(/5 members/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await toast(page, 'You joined LLM in practice.').waitFor();
    await header.getByRole('button', { name: 'Leave' }).waitFor();
    await context.close();
  });

  it('creates a closed circle, shows the API’s refusals in place, and approves a request to join it', async () => {
    const owner = await open(INES, '#/circles');
    await owner.page.getByRole('button', { name: 'Create a circle' }).first().click();
    const dialog = owner.page.getByRole('dialog', { name: 'Create a circle' });
    await dialog.getByRole('radio', { name: /^On request/ }).check();
    await dialog.getByLabel('Name').fill('LLM in practice');
    await dialog.getByLabel('Description').fill('Cause and effect, for people who ship experiments.');
    await dialog.getByLabel('Tags').fill('causal, experiments');
    await expectAccessible(owner.page);
    await dialog.getByRole('button', { name: 'Create the circle' }).click();
    await expect(
      textOf(dialog.getByText(/already exists/), /A circle named "LLM in practice" already exists/),
    ).resolves.toMatch(/A circle named "LLM in practice" already exists/);
    await dialog.getByLabel('Name').fill('Causal inference');
    await dialog.getByRole('button', { name: 'Create the circle' }).click();
    const header = owner.page.getByTestId('circle-header');
    await expect(textOf(header, /Causal inference[\s\S]*On request[\s\S]*Owner/)).resolves.toMatch(
      /Causal inference[\s\S]*On request[\s\S]*Owner/,
    );
    const circleId = decodeURIComponent(/#\/circles\/([^?]+)/.exec(owner.page.url())![1]!);

    // Priya asks to join; she can withdraw, and asks again.
    const asker = await open(PRIYA, '#/circles');
    await card(asker.page, circleId).getByRole('button', { name: 'Ask to join' }).click();
    await toast(asker.page, 'Your request to join Causal inference was sent to its owners.').waitFor();
    await expect(textOf(card(asker.page, circleId), /Request sent/)).resolves.toMatch(/Request sent/);
    await card(asker.page, circleId).getByRole('button', { name: 'Withdraw request' }).click();
    await toast(asker.page, 'You withdrew your request to join Causal inference.').waitFor();
    await card(asker.page, circleId).getByRole('button', { name: 'Ask to join' }).click();
    await card(asker.page, circleId).getByRole('button', { name: 'Withdraw request' }).waitFor();

    // The owner sees the request waiting, and approves it.
    await owner.page.reload();
    await owner.page.getByRole('tab', { name: /Manage/ }).click();
    const requests = owner.page.getByTestId('requests');
    await expect(textOf(requests, /Priya Raman/)).resolves.toMatch(/Priya Raman/);
    await expectAccessible(owner.page);
    await requests.getByRole('button', { name: 'Approve Priya Raman' }).click();
    await toast(owner.page, 'Priya Raman joined the circle.').waitFor();
    await expect(textOf(header, /2 members/)).resolves.toMatch(/2 members/);

    await asker.page.reload();
    await expect(textOf(card(asker.page, circleId), /Member/)).resolves.toMatch(/Member/);
    await owner.context.close();
    await asker.context.close();
  });

  it('keeps a private circle invisible to non-members, in the directory and at its address', async () => {
    const { context, page } = await open(JULIEN, '#/circles');
    await card(page, 'mlops').waitFor();
    await expect(card(page, 'data-leaders').count()).resolves.toBe(0);
    await page.getByRole('searchbox', { name: 'Search circles' }).fill('Data leaders');
    await page.getByRole('heading', { name: 'No circles match “Data leaders”' }).waitFor();

    await page.goto(`${session.app.baseUrl}/tab/?locale=en-US&devUser=${JULIEN}#/circles/data-leaders`);
    const privateText = await textOf(page.getByTestId('circle-not-found'));
    await page.goto(`${session.app.baseUrl}/tab/?locale=en-US&devUser=${JULIEN}#/circles/no-such-circle`);
    const missingText = await textOf(page.getByTestId('circle-not-found'));
    expect(privateText).toMatch(/does not exist or is private/);
    expect(privateText).toBe(missingText);
    await expect(page.getByText('Budget season').count()).resolves.toBe(0);
    await context.close();
  });

  it('invites a member to a private circle; the invitation waits in their Invitations tab', async () => {
    const owner = await open(CAMILLE, '#/circles/data-leaders?panel=manage');
    const picker = owner.page.getByRole('combobox', { name: 'People to invite' });
    await picker.click();
    await picker.fill('Julien');
    await owner.page.getByRole('option', { name: /Julien Moreau/ }).click();
    await owner.page.getByRole('button', { name: 'Invite', exact: true }).click();
    await toast(owner.page, '1 person invited.').waitFor();
    await expect(textOf(owner.page.getByTestId('invitations'), /Julien Moreau/)).resolves.toMatch(
      /Julien Moreau/,
    );
    await owner.context.close();

    const invited = await open(JULIEN, '#/circles?filter=invitations');
    const invitation = card(invited.page, 'data-leaders');
    await expect(textOf(invitation, /Data leaders[\s\S]*You are invited/)).resolves.toMatch(
      /Data leaders[\s\S]*You are invited/,
    );
    await expect(
      textOf(invited.page.getByRole('tab', { name: /Invitations/ }), /Invitations/),
    ).resolves.toMatch(/Invitations/);
    await invitation.getByRole('button', { name: 'Accept' }).click();
    await toast(invited.page, 'Welcome to Data leaders!').waitFor();
    const circle = await api<{ myStatus: string; canRead: boolean }>(
      JULIEN,
      'GET',
      '/api/v1/circles/data-leaders',
    );
    expect(circle).toMatchObject({ myStatus: 'active', canRead: true });

    // Leaving a private circle cannot be undone: it asks first, then goes back to the directory.
    await invited.page.goto(
      `${session.app.baseUrl}/tab/?locale=en-US&devUser=${JULIEN}#/circles/data-leaders`,
    );
    await invited.page.getByTestId('circle-header').getByRole('button', { name: 'Leave' }).click();
    const confirm = invited.page.getByRole('alertdialog', { name: 'Leave Data leaders?' });
    await expect(textOf(confirm, /only come back if one of its members invites you again/)).resolves.toMatch(
      /only come back if one of its members invites you again/,
    );
    await confirm.getByRole('button', { name: 'Leave' }).click();
    await eventually(
      () => Promise.resolve(new URL(invited.page.url()).hash),
      (hash) => hash.startsWith('#/circles') && !hash.includes('data-leaders'),
    );
    await card(invited.page, 'mlops').waitFor();
    await expect(card(invited.page, 'data-leaders').count()).resolves.toBe(0);
    await invited.context.close();
  });

  it('reads well in French and dark, on a desktop and on a 360-pixel phone', async () => {
    const desktop = await open(PRIYA, '#/circles', { locale: 'fr-FR', theme: 'dark' });
    await card(desktop.page, 'mlops').waitFor();
    await desktop.page.getByRole('tab', { name: 'Tous les cercles' }).waitFor();
    await desktop.page.screenshot({ path: shot('circles-fr-dark'), fullPage: true });
    await expectAccessible(desktop.page);
    await desktop.page.goto(
      `${session.app.baseUrl}/tab/?theme=dark&locale=fr-FR&devUser=${PRIYA}#/circles/llm-practice`,
    );
    await expect(
      textOf(desktop.page.getByTestId('circle-header'), /LLM in practice[\s\S]*Ouvert/),
    ).resolves.toMatch(/LLM in practice[\s\S]*Ouvert/);
    await desktop.page.getByRole('article').first().waitFor();
    await desktop.page.screenshot({ path: shot('circle-fr-dark'), fullPage: true });
    await expectAccessible(desktop.page);
    await desktop.page.getByRole('tab', { name: 'Membres' }).click();
    await desktop.page.getByTestId('members').waitFor();
    await expectAccessible(desktop.page);
    await desktop.context.close();

    const phone = await open(PRIYA, '#/circles', { locale: 'fr-FR', theme: 'dark', width: 360 });
    await card(phone.page, 'mlops').waitFor();
    await expect(mainOverflow(phone.page)).resolves.toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: shot('circles-phone-fr-dark'), fullPage: true });
    await phone.page.goto(
      `${session.app.baseUrl}/tab/?theme=dark&locale=fr-FR&devUser=${PRIYA}#/circles/llm-practice`,
    );
    await phone.page.getByTestId('circle-header').waitFor();
    await expect(mainOverflow(phone.page)).resolves.toBeLessThanOrEqual(0);
    await phone.context.close();
  });
});
