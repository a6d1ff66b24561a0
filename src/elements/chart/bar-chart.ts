/**
 * The bar chart pieces of chart.js (category and linear axes).
 * Loaded only through `loadChart('bar')`: never import this module statically.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

/**
 * The `Chart` class with the bar chart's pieces registered. Registration happens in this
 * call, not as a module side effect, so bundlers that drop side-effect-only code (the
 * package declares `sideEffects`) cannot leave the pieces out.
 */
export function registeredChart(): typeof Chart {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  return Chart;
}
