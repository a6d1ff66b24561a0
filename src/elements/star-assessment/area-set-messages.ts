import { html, type TemplateResult } from 'lit';
import type { ValidationProblem } from '../../core/model.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/**
 * Plain sentences for the problems `checkAreaSet()` found in a host's area set, one per
 * problem, with areas counted from 1 ("Area 3 has no key.").
 */
export function areaSetMessages(
  problems: readonly ValidationProblem[],
  s: StarAssessmentStrings,
): string[] {
  return problems.map((problem) => {
    if (problem.path === 'areas')
      return problem.code === 'required' ? s.badAreasEmpty : s.badAreasNotList;
    const match = /^areas\.(\d+)\.(key|label)$/.exec(problem.path);
    if (match) {
      const index = Number(match[1]);
      if (match[2] === 'label' && problem.code === 'required')
        return s.badAreaLabelEmpty(index + 1);
      if (problem.code === 'duplicate')
        return s.badAreaKeyDuplicate(index + 1, String(problem.params?.key ?? ''));
      if (problem.code === 'required') return s.badAreaKeyEmpty(index + 1);
    }
    return s.badAreaOther(problem.path);
  });
}

/** What the element shows instead of the tool when the host's area set has problems. */
export function areaSetProblem(
  problems: readonly ValidationProblem[],
  s: StarAssessmentStrings,
): TemplateResult {
  return html`<div class="problem" part="problem" role="alert">
    <p><strong>${s.badAreasTitle}</strong></p>
    <p>${s.badAreas}</p>
    <ul>
      ${areaSetMessages(problems, s).map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}
