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
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  sectionHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  banner: {
    display: 'flex',
    alignItems: 'flex-start',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  bannerDone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  bannerIcon: {
    fontSize: '28px',
    flexShrink: 0,
    color: tokens.colorNeutralForeground2,
  },
  bannerBody: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    flexGrow: 1,
    // Text takes the room; the button wraps below it on a phone.
    flexBasis: '260px',
    minWidth: 0,
  },
  bannerTitle: {
    margin: 0,
  },
  bannerAction: {
    alignSelf: 'center',
    flexShrink: 0,
  },
  changes: {
    marginTop: tokens.spacingVerticalS,
  },
  changeList: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  bannerError: {
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorPaletteRedForeground1,
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
