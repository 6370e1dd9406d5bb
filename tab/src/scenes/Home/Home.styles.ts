import { makeStyles, tokens } from '@fluentui/react-components';

export const useHomeStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  hero: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  heroTitle: {
    margin: 0,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  heroTagline: {
    color: tokens.colorNeutralForegroundOnBrand,
  },
  heroMember: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  sectionTitle: {
    margin: 0,
  },
  purpose: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  grid: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  valueCard: {
    height: '100%',
  },
  valueIcon: {
    fontSize: '28px',
    color: tokens.colorBrandForeground1,
  },
  ritual: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
  },
  ritualBody: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  ritualTitle: {
    margin: 0,
  },
  ritualIcon: {
    fontSize: '24px',
    flexShrink: 0,
    color: tokens.colorBrandForeground1,
  },
  conduct: {
    whiteSpace: 'pre-line',
  },
  footnote: {
    color: tokens.colorNeutralForeground3,
  },
});
