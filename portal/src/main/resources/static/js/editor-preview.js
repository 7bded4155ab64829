/*
 * Live preview for the article editor. The page works without it: the "Preview" button posts the form and the
 * portal renders the preview server-side. With JavaScript on, this script asks the portal for a fresh preview a
 * moment after the editor stops typing and swaps it into the preview region. The CSRF token goes in the
 * X-XSRF-TOKEN header, copied from the gateway's XSRF-TOKEN cookie, as the gateway expects for scripted POSTs.
 * Screen readers hear a short "Preview updated", not the whole article again.
 */
(function () {
  'use strict';

  var DELAY_MS = 800;
  var textarea = document.getElementById('body');
  var region = document.getElementById('preview');
  var status = document.getElementById('preview-status');
  if (!textarea || !region || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = region.getAttribute('data-preview-url');
  var timer = null;
  var latest = 0;

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function announce(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function refresh() {
    var request = ++latest;
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        'Accept': 'text/html',
        'X-XSRF-TOKEN': csrfToken()
      },
      body: new URLSearchParams({ body: textarea.value }).toString()
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      if (request !== latest) {
        return; // an older answer arriving late must not replace a newer preview
      }
      // The fragment is the content service's sanitized rendering, served by the portal from its own origin.
      region.innerHTML = html;
      announce('Preview updated');
    }).catch(function () {
      if (request === latest) {
        announce('The live preview is not available just now. Use the Preview button.');
      }
    });
  }

  textarea.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, DELAY_MS);
  });
}());
