// The compose page: shows only the fields the chosen kind takes, and asks POST /compose/preview (debounced)
// for each chosen channel's rendering, to fill the length counters, radio read times and the preview.
(function () {
    "use strict";
    var form = document.getElementById("compose-form");
    if (!form) {
        return;
    }
    var kind = document.getElementById("kind");
    var variantsBox = document.getElementById("preview-variants");
    var timer = null;

    function csrf() {
        var token = document.querySelector("meta[name='_csrf']");
        var header = document.querySelector("meta[name='_csrf_header']");
        var headers = {"Accept": "application/json"};
        if (token && header && token.content && header.content) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    function showKindFields() {
        var option = kind.options[kind.selectedIndex];
        var taken = (option.getAttribute("data-fields") || "").split(" ");
        document.querySelectorAll(".kind-field").forEach(function (field) {
            var shown = taken.indexOf(field.getAttribute("data-field")) >= 0;
            field.hidden = !shown;
            field.querySelectorAll("input, textarea").forEach(function (input) { input.disabled = !shown; });
        });
    }

    function showErrors(errors) {
        document.querySelectorAll("[data-error-for]").forEach(function (slot) {
            var message = errors[slot.getAttribute("data-error-for")];
            if (message !== undefined || slot.getAttribute("data-live") === "true") {
                slot.textContent = message || "";
                slot.setAttribute("data-live", "true");
            }
        });
    }

    function showVariants(variants) {
        document.querySelectorAll(".counter").forEach(function (counter) {
            counter.textContent = "";
            counter.classList.remove("over");
        });
        variantsBox.textContent = "";
        variants.forEach(function (variant) {
            var counter = document.getElementById("counter-" + variant.channel);
            var longest = Math.max.apply(null, variant.lengths.concat([0]));
            if (counter) {
                var label = variant.readAloud ? counter.getAttribute("data-label-read")
                    : counter.getAttribute("data-label-length");
                var amount = variant.readAloud ? variant.readTimes.join(" + ") : variant.lengths.join(" + ");
                counter.textContent = label + " " + amount + (variant.maxLength > 0 ? " / " + (variant.readAloud
                    ? Math.floor(variant.maxLength / 60) + ":" + String(variant.maxLength % 60).padStart(2, "0")
                    : variant.maxLength) : "");
                counter.classList.toggle("over", variant.maxLength > 0 && longest > variant.maxLength
                    || !variant.publishable);
            }
            var section = document.createElement("div");
            section.className = "preview-variant";
            section.id = "preview-" + variant.channel;
            var heading = document.createElement("h3");
            heading.textContent = variant.channel;
            section.appendChild(heading);
            variant.parts.forEach(function (part, index) {
                var pre = document.createElement("pre");
                pre.className = "preview";
                pre.textContent = (variant.parts.length > 1
                    ? variantsBox.getAttribute("data-label-part") + " " + (index + 1) + "\n" : "") + part;
                section.appendChild(pre);
            });
            if (variant.violations.length > 0) {
                var problems = document.createElement("div");
                problems.className = "field-error";
                problems.textContent = variantsBox.getAttribute("data-label-violations") + " "
                    + variant.violations.join("; ");
                section.appendChild(problems);
            }
            variantsBox.appendChild(section);
        });
    }

    function preview() {
        var body = new URLSearchParams(new FormData(form));
        var headers = csrf();
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        fetch(form.getAttribute("data-preview-url"), {method: "POST", headers: headers, body: body,
            credentials: "same-origin"})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (answer) {
                if (answer) {
                    showErrors(answer.errors || {});
                    showVariants(answer.variants || []);
                }
            })
            .catch(function () { /* the preview is a help; the form works without it */ });
    }

    function later() {
        clearTimeout(timer);
        timer = setTimeout(preview, 400);
    }

    kind.addEventListener("change", showKindFields);
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    showKindFields();
    later();
}());
