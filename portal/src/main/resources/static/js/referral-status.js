// Keeps the referral list's status cells current while the page is open: every 15 seconds it asks the portal for
// the statuses (same origin, the session cookie goes along) and updates the cells in place, announcing changes
// politely. The page works without this: every load shows the current status.
(function () {
  'use strict';
  var INTERVAL = 15000;
  var table = document.querySelector('table[data-status-source]');
  if (!table || !window.fetch) {
    return;
  }
  var source = table.getAttribute('data-status-source');
  var announcements = document.getElementById('status-announcements');
  var note = document.querySelector('.live-note');
  if (note) {
    note.hidden = false;
  }

  function rowFor(id) {
    var rows = table.querySelectorAll('tr[data-referral]');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-referral') === id) {
        return rows[i];
      }
    }
    return null;
  }

  function update(cells) {
    var changed = [];
    cells.forEach(function (cell) {
      var row = rowFor(cell.id);
      if (!row) {
        return;
      }
      var status = row.querySelector('[data-cell="status"]');
      if (status && status.textContent !== cell.text) {
        status.textContent = cell.text;
        var name = row.querySelector('th');
        changed.push((name ? name.textContent.trim() + ': ' : '') + cell.text);
      }
      var updated = row.querySelector('[data-cell="updated"]');
      if (updated && cell.updatedAt) {
        var time = updated.querySelector('time') || updated.appendChild(document.createElement('time'));
        time.setAttribute('datetime', cell.updatedAt);
        time.textContent = cell.updated;
      }
    });
    if (announcements && changed.length) {
      announcements.textContent = 'Status changed. ' + changed.join('. ');
    }
  }

  function refresh() {
    fetch(source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (cells) {
        if (Array.isArray(cells)) {
          update(cells);
        }
      })
      .catch(function () {
        // Offline or signed out: the page keeps what it shows; a reload tells the rest.
      });
  }

  window.setInterval(function () {
    if (!document.hidden) {
      refresh();
    }
  }, INTERVAL);
})();
