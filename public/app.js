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
  // Large imports: show how much of the file is sent, then that the rows are being checked.
  for (const form of document.querySelectorAll('form[data-upload-progress]')) {
    form.addEventListener('submit', (event) => {
      const box = form.querySelector('.upload-progress');
      const bar = box?.querySelector('progress');
      const status = box?.querySelector('.upload-status');
      if (!box || !bar || !status || !window.FormData) return;
      event.preventDefault();
      box.hidden = false;
      const request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', (progress) => {
        if (!progress.lengthComputable) return;
        const percent = Math.round((progress.loaded / progress.total) * 100);
        bar.value = percent;
        status.textContent = (status.dataset.uploading || '').replace('{percent}', String(percent));
      });
      request.upload.addEventListener('load', () => {
        bar.removeAttribute('value');
        status.textContent = status.dataset.checking || '';
      });
      request.addEventListener('load', () => {
        if (request.responseURL && request.responseURL !== form.action) { window.location.href = request.responseURL; return; }
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', () => form.submit());
      request.send(new FormData(form));
    });
  }
  // Ask before actions that cannot be undone with one click.
  for (const button of document.querySelectorAll('button.danger')) {
    button.addEventListener('click', (event) => {
      if (!window.confirm(button.textContent?.trim() + '?')) event.preventDefault();
    });
  }
});
