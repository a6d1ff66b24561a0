import { css } from 'lit';

/** Layout of `<rk-my-data>`; colours and spaces come from the shared tokens. */
export const myDataStyles = css`
  .intro,
  section {
    max-inline-size: 65ch;
  }
  section + section {
    margin-block-start: var(--_rk-space-3);
  }
  .panel {
    padding: var(--_rk-space-3);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface-raised);
  }
  .warning {
    border-inline-start: 4px solid var(--_rk-color-notice);
  }
  .problem {
    color: var(--_rk-color-error);
    font-weight: 600;
  }
  input[type='file'] {
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
