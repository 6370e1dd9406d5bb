import { makeStyles, tokens } from '@fluentui/react-components';

export const useStateStyles = makeStyles({
  center: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  icon: {
    fontSize: '48px',
    color: tokens.colorBrandForeground1,
  },
  body: {
    maxWidth: '42ch',
  },
  code: {
    color: tokens.colorNeutralForeground3,
  },
});
