// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Bring the error summary of a failed form into view and focus, for keyboard and screen-reader users.
  const summary = document.querySelector('.error-summary');
  if (summary instanceof HTMLElement) summary.focus();
  // Facet checkboxes apply at once (the Apply button stays for those without script).
  for (const form of document.querySelectorAll('form[data-autosubmit]')) {
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') form.requestSubmit();
    });
  }
  // Ask before actions that cannot be undone with one click.
  for (const button of document.querySelectorAll('button.danger')) {
    button.addEventListener('click', (event) => {
      if (!window.confirm(button.textContent?.trim() + '?')) event.preventDefault();
    });
  }
});
