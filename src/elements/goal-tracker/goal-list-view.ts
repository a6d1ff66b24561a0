// The goal tracker's views of saved goals (the list with its filters, the overview with
// its chart toggle, the printed goals and what knows when the page prints) and their
// styles, in a chunk of their own: the tracker loads it through a LazyPart the first time
// there is a goal to show, so a first visit downloads only the empty tracker. Their words
// come with them.
import { addPartDefaults } from '../../i18n/locale-registry.js';
import { goalListStrings } from './goal-list.strings.js';
import { css } from 'lit';
import { chartStyles } from '../chart/chart.styles.js';
import { goalListStyles } from './goal-list.styles.js';
export { goalListSection, printedGoals } from './goal-list.js';
export { goalOverview } from './goal-overview.js';
export { OverviewChartToggle } from './overview-chart.js';
export { PrintController } from './print-controller.js';
export { listOf } from './shown-goals.js';

addPartDefaults('goal-tracker', goalListStrings);

/** The views' styles, with those of the chart they may show. */
export const styles = css`
  ${chartStyles} ${goalListStyles}
`;
