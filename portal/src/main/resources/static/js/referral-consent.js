// Keeps the consent's "what information" description in step with the share choices while the form is open: when a
// choice changes and the description is still the standard text the page showed, it asks the portal (same origin, the
// session cookie goes along) for the standard text of the new choices and shows it, so what the patient reads is what
// is sent. Text the clinician wrote is never replaced. Without this script the "Update the description" button does
// the same on the server, and a form posted with a description that no longer fits the choices comes back to be read.
(function () {
  'use strict';
  var form = document.getElementById('referral-form');
  var button = document.getElementById('refresh-description');
  if (!form || !button || !window.fetch) {
    return;
  }
  var description = document.getElementById('information-description');
  var prefilled = form.querySelector('input[name="prefilledDescription"]');
  var source = button.getAttribute('data-description-source');
  if (!description || !prefilled || !source) {
    return;
  }
  button.hidden = true;

  function chosen(name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    return checked !== null && checked.value === 'yes';
  }

  var latest = 0;

  function follow() {
    if (description.value !== prefilled.value) {
      return;
    }
    var request = ++latest;
    var url = source + '?sharesContact=' + chosen('shareContact') + '&sharesScores=' + chosen('shareScores');
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        // Only the answer for the latest choices, and only if nobody typed meanwhile.
        if (request === latest && answer && answer.description && description.value === prefilled.value) {
          description.value = answer.description;
          prefilled.value = answer.description;
        }
      })
      .catch(function () {
        button.hidden = false;
      });
  }

  form.querySelectorAll('input[name="shareContact"], input[name="shareScores"]').forEach(function (input) {
    input.addEventListener('change', follow);
  });
}());
