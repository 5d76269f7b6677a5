// The calendar: drag a post onto another day to move it there at the same time of day. The server
// reschedules it as the API does and answers JSON; a refusal is shown and the post stays where it was.
(function () {
    "use strict";
    var calendar = document.getElementById("calendar");
    if (!calendar) {
        return;
    }
    var message = document.getElementById("calendar-message");
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var dragged = null;

    function show(text, ok) {
        message.textContent = text;
        message.className = ok ? "notice" : "alert";
        message.hidden = false;
    }

    calendar.addEventListener("dragstart", function (event) {
        var entry = event.target.closest ? event.target.closest(".entry.movable") : null;
        if (!entry) {
            return;
        }
        dragged = entry;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", entry.getAttribute("data-target-id"));
    });

    calendar.addEventListener("dragover", function (event) {
        if (dragged && event.target.closest("td.day")) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
        }
    });

    calendar.addEventListener("drop", function (event) {
        var day = event.target.closest("td.day");
        if (!dragged || !day) {
            return;
        }
        event.preventDefault();
        var entry = dragged;
        dragged = null;
        if (entry.parentElement === day) {
            return;
        }
        var at = day.getAttribute("data-date") + "T" + entry.getAttribute("data-time");
        var headers = {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"};
        if (csrfToken && csrfHeader) {
            headers[csrfHeader.getAttribute("content")] = csrfToken.getAttribute("content");
        }
        fetch(calendar.getAttribute("data-move") + entry.getAttribute("data-target-id") + "/move", {
            method: "POST", headers: headers, credentials: "same-origin", body: "at=" + encodeURIComponent(at)
        }).then(function (response) {
            return response.json().catch(function () {
                return {ok: false, message: response.status + " " + response.statusText};
            });
        }).then(function (answer) {
            show(answer.message, answer.ok);
            if (!answer.ok) {
                return;
            }
            var target = calendar.querySelector('td.day[data-date="' + answer.date + '"]') || day;
            target.appendChild(entry);
            entry.setAttribute("data-time", answer.time);
            var time = entry.querySelector(".time");
            if (time) {
                time.textContent = answer.time;
            }
            var state = entry.querySelector(".state");
            if (state && answer.state) {
                state.className = "state " + answer.state;
                state.textContent = answer.stateLabel;
            }
            var input = entry.querySelector('input[name="at"]');
            if (input) {
                input.value = answer.date + "T" + answer.time;
            }
        }).catch(function (error) {
            show(String(error), false);
        });
    });

    calendar.addEventListener("dragend", function () {
        dragged = null;
    });
})();
