import { makeStyles, tokens } from '@fluentui/react-components';

/** Griffel takes no `border` shorthands: one longhand per side. */
const cellBorder = Object.fromEntries(
  (['Top', 'Right', 'Bottom', 'Left'] as const).flatMap((side) => [
    [`border${side}Width`, tokens.strokeWidthThin],
    [`border${side}Style`, 'solid'],
    [`border${side}Color`, tokens.colorNeutralStroke2],
  ]),
);

/** Readable member-written content in Teams' light, dark and high-contrast themes. */
export const useMarkdownStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    maxWidth: '75ch',
    '& > :first-child': { marginTop: 0 },
    '& > :last-child': { marginBottom: 0 },
    '& p, & ul, & ol, & blockquote, & pre, & table': {
      marginTop: 0,
      marginBottom: tokens.spacingVerticalM,
    },
    '& ul, & ol': { paddingLeft: tokens.spacingHorizontalXXL },
    '& li + li': { marginTop: tokens.spacingVerticalXS },
    '& h1, & h2, & h3, & h4, & h5, & h6': {
      marginTop: tokens.spacingVerticalL,
      marginBottom: tokens.spacingVerticalS,
      fontWeight: tokens.fontWeightSemibold,
      lineHeight: tokens.lineHeightBase500,
    },
    '& h1, & h2, & h3': { fontSize: tokens.fontSizeBase500 },
    '& h4': { fontSize: tokens.fontSizeBase400 },
    '& h5, & h6': { fontSize: tokens.fontSizeBase300 },
    '& a': {
      color: tokens.colorBrandForegroundLink,
      textDecorationLine: 'underline',
    },
    '& a:hover': { color: tokens.colorBrandForegroundLinkHover },
    '& a:focus-visible, & pre:focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
    '& code': {
      fontFamily: tokens.fontFamilyMonospace,
      fontSize: tokens.fontSizeBase200,
      backgroundColor: tokens.colorNeutralBackground3,
      borderRadius: tokens.borderRadiusSmall,
      padding: `0 ${tokens.spacingHorizontalXXS}`,
    },
    '& pre': {
      padding: tokens.spacingHorizontalM,
      backgroundColor: tokens.colorNeutralBackground3,
      borderRadius: tokens.borderRadiusMedium,
      overflowX: 'auto',
      lineHeight: tokens.lineHeightBase300,
    },
    '& pre code': { padding: 0, backgroundColor: 'transparent', overflowWrap: 'normal' },
    '& blockquote': {
      marginLeft: 0,
      marginRight: 0,
      paddingLeft: tokens.spacingHorizontalM,
      borderLeftWidth: tokens.strokeWidthThicker,
      borderLeftStyle: 'solid',
      borderLeftColor: tokens.colorNeutralStroke1,
      color: tokens.colorNeutralForeground2,
    },
    '& hr': {
      borderTopWidth: tokens.strokeWidthThin,
      borderTopStyle: 'solid',
      borderTopColor: tokens.colorNeutralStroke2,
      borderBottomStyle: 'none',
      borderLeftStyle: 'none',
      borderRightStyle: 'none',
    },
    // A wide table scrolls inside the post rather than widening the page.
    '& table': { display: 'block', overflowX: 'auto', borderCollapse: 'collapse', maxWidth: '100%' },
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      ...cellBorder,
      textAlign: 'left',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
    '& .md-align-center': { textAlign: 'center' },
    '& .md-align-right': { textAlign: 'right' },
    '& .mention': {
      color: tokens.colorBrandForeground1,
      backgroundColor: tokens.colorBrandBackground2,
      fontWeight: tokens.fontWeightSemibold,
      borderRadius: tokens.borderRadiusMedium,
      padding: `0 ${tokens.spacingHorizontalXXS}`,
    },
  },
});
