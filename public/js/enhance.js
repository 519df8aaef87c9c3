// Small enhancements only; every page works without this file.
// 1. The agency switcher submits as soon as another agency is chosen.
// 2. A form showing an error summary moves focus to it, so screen readers announce the problems.
document.addEventListener('DOMContentLoaded', () => {
  for (const select of document.querySelectorAll('.agency-switcher select')) {
    select.addEventListener('change', () => select.form?.submit());
  }
  const summary = document.querySelector('.error-summary');
  if (summary instanceof HTMLElement) summary.focus();
  for (const field of document.querySelectorAll('[data-confirm]')) {
    field.addEventListener('click', (event) => {
      if (!window.confirm(field.getAttribute('data-confirm') ?? '确定吗？')) event.preventDefault();
    });
  }
});
