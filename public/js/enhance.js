// Small enhancements only; every page works without this file.
// 1. The agency switcher submits as soon as another agency is chosen.
// 2. A form showing an error summary moves focus to it, so screen readers announce the problems.
// 3. A <details data-open-wide> (the 专栏's categories) starts open on a wide screen; closed on a phone.
// 4. A print button (the 申请回执) appears and prints the page.
// 5. The 索引号 settings show the example number as the template is typed (asked from the server, which
//    computes it with the same function publication uses).
document.addEventListener('DOMContentLoaded', () => {
  for (const select of document.querySelectorAll('.agency-switcher select')) {
    select.addEventListener('change', () => select.form?.submit());
  }
  if (window.matchMedia('(min-width: 48rem)').matches) {
    for (const details of document.querySelectorAll('details[data-open-wide]')) details.open = true;
  }
  for (const button of document.querySelectorAll('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  const summary = document.querySelector('.error-summary');
  if (summary instanceof HTMLElement) summary.focus();
  for (const field of document.querySelectorAll('[data-confirm]')) {
    field.addEventListener('click', (event) => {
      if (!window.confirm(field.getAttribute('data-confirm') ?? '确定吗？')) event.preventDefault();
    });
  }
  for (const box of document.querySelectorAll('[data-index-example]')) {
    const url = box.getAttribute('data-index-example');
    const out = document.getElementById('index-example');
    if (!url || !out) continue;
    let timer;
    const update = () => {
      const params = new URLSearchParams();
      for (const field of box.querySelectorAll('input, select')) {
        if (field.type === 'checkbox') { if (field.checked) params.set(field.name, 'on'); }
        else params.set(field.name, field.value);
      }
      fetch(`${url}?${params}`, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : null))
        .then((r) => {
          if (!r) return;
          out.textContent = '';
          if (r.example) {
            out.append('今天发布的下一条信息的索引号将是：');
            const strong = document.createElement('strong');
            strong.textContent = r.example;
            out.append(strong);
          } else {
            const span = document.createElement('span');
            span.className = 'field-error';
            span.textContent = r.problem;
            out.append(span);
          }
        })
        .catch(() => {});
    };
    box.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 250); });
    box.addEventListener('change', update);
  }
  // Annual report editor: table 四's 总计 follows its four result boxes as they are typed (the server
  // computes it again on save; without JavaScript it is updated by the save).
  for (const out of document.querySelectorAll('output[data-sum-of]')) {
    const boxes = (out.getAttribute('data-sum-of') ?? '').split(' ').map((id) => document.getElementById(id)).filter(Boolean);
    const update = () => {
      const values = boxes.map((b) => b.value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
      if (values.every((v) => v === '')) { out.textContent = ''; return; }
      if (values.every((v) => v === '/' || v === '／')) { out.textContent = '/'; return; }
      out.textContent = String(values.reduce((sum, v) => sum + (/^\d+$/.test(v) ? Number(v) : 0), 0));
    };
    for (const b of boxes) b.addEventListener('input', update);
  }
});
