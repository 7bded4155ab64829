// Keeps a self-check's answers in sessionStorage (this tab only, gone when it closes), so a reload or an
// accidental navigation does not lose them. The form works without this: the server re-renders answers after an
// error. On the result page the stored answers are removed.
(function () {
  'use strict';
  var PREFIX = 'carepath-check:';

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null;
    }
  }

  var store = storage();
  if (!store) {
    return;
  }

  var done = document.querySelector('[data-check-complete]');
  if (done) {
    store.removeItem(PREFIX + done.getAttribute('data-check-complete'));
    return;
  }

  var form = document.querySelector('form[data-check-autosave]');
  if (!form) {
    return;
  }
  var key = PREFIX + form.getAttribute('data-check-autosave');

  function isAnswerField(field) {
    return field.name && (field.name.indexOf('answer.') === 0 || field.name === 'sex' || field.name === 'ageBand');
  }

  function hasServerAnswers() {
    for (var i = 0; i < form.elements.length; i++) {
      var field = form.elements[i];
      if (!isAnswerField(field) || field.name === 'sex' || field.name === 'ageBand') {
        continue;
      }
      if ((field.type === 'radio' && field.checked) || (field.type === 'number' && field.value !== '')) {
        return true;
      }
    }
    return false;
  }

  function save() {
    var values = {};
    for (var i = 0; i < form.elements.length; i++) {
      var field = form.elements[i];
      if (!isAnswerField(field)) {
        continue;
      }
      if (field.type === 'radio') {
        if (field.checked) {
          values[field.name] = field.value;
        }
      } else {
        values[field.name] = field.value;
      }
    }
    try {
      store.setItem(key, JSON.stringify(values));
    } catch (e) {
      // storage full or blocked: the form still works
    }
  }

  function restore() {
    var values;
    try {
      values = JSON.parse(store.getItem(key) || '{}');
    } catch (e) {
      return;
    }
    for (var i = 0; i < form.elements.length; i++) {
      var field = form.elements[i];
      if (!isAnswerField(field) || !Object.prototype.hasOwnProperty.call(values, field.name)) {
        continue;
      }
      if (field.type === 'radio') {
        field.checked = field.value === values[field.name];
      } else {
        field.value = values[field.name];
      }
    }
  }

  // Answers the server sent back (after an error) are newer than anything stored.
  if (hasServerAnswers()) {
    save();
  } else {
    restore();
  }
  form.addEventListener('change', save);
  form.addEventListener('input', save);
}());
