/* Leadwire form embed: a script element with src=".../embed/KEY.js", async, and optionally
 * data-target="element-id" (an inline form goes there, else right after the script).
 * Plain script, no dependencies. Every text from the form's settings is inserted with textContent. */
(function (config) {
  "use strict";
  var script = document.currentScript;
  if (!config || !script) {
    return;
  }
  var pt = /^pt\b/i.test(navigator.language || "");
  var t = pt
    ? { submit: "Enviar", thanks: "Obrigado! Recebemos os seus dados.", failed: "Não foi possível enviar. Tente de novo.",
        close: "Fechar", name: "Nome", email: "E-mail", choose: "Selecione…" }
    : { submit: "Send", thanks: "Thank you! We have received your details.", failed: "Could not send. Please try again.",
        close: "Close", name: "Name", email: "E-mail", choose: "Choose…" };
  var endpoint = new URL(config.endpoint, script.src).href;
  var fields = config.fields && config.fields.length ? config.fields : [
    { name: "name", label: t.name, type: "text", required: false, options: [] },
    { name: "email", label: t.email, type: "email", required: true, options: [] }
  ];

  function el(tag, props, text) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) { node.setAttribute(name, props[name]); });
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  function newSubmissionId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return String(Date.now()) + "-" + Math.random().toString(36).slice(2);
  }

  function inputFor(field, id) {
    var input;
    if (field.type === "textarea") {
      input = el("textarea", { rows: "3" });
    } else if (field.type === "select") {
      input = el("select");
      input.appendChild(el("option", { value: "" }, t.choose));
      (field.options || []).forEach(function (option) {
        input.appendChild(el("option", { value: option }, option));
      });
    } else {
      input = el("input", { type: field.type || "text" });
      if (field.type === "checkbox") {
        input.value = "true";
      }
    }
    input.id = id;
    input.name = field.name;
    if (field.value != null && field.type !== "checkbox") {
      input.value = field.value;
    }
    if (field.placeholder) {
      input.placeholder = field.placeholder;
    }
    if (field.required) {
      input.required = true;
    }
    if (field.type !== "checkbox" && field.type !== "hidden") {
      input.style.cssText = "display:block;width:100%;box-sizing:border-box;padding:.4em;margin:.2em 0 .6em";
    }
    return input;
  }

  function row(form, field, index) {
    var id = "leadwire-" + config.key + "-" + index;
    var input = inputFor(field, id);
    if (field.type === "hidden") {
      form.appendChild(input);
      return;
    }
    var label = el("label", { "for": id }, field.label || field.name);
    var wrapper = el("div", { "class": "leadwire-field" });
    if (field.type === "checkbox") {
      wrapper.appendChild(input);
      wrapper.appendChild(label);
      wrapper.style.margin = ".4em 0 .6em";
    } else {
      label.style.display = "block";
      wrapper.appendChild(label);
      wrapper.appendChild(input);
    }
    form.appendChild(wrapper);
  }

  function valuesOf(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || input.disabled || (input.type === "checkbox" && !input.checked)) {
        return;
      }
      values[input.name] = input.value;
    });
    return values;
  }

  function buildForm(onDone) {
    var box = el("div", { "class": "leadwire-form", "data-leadwire-form": config.key });
    box.style.cssText = "font-family:inherit;max-width:28em";
    if (config.title) {
      box.appendChild(el("h3", { "class": "leadwire-title" }, config.title));
    }
    var form = el("form");
    fields.forEach(function (field, index) { row(form, field, index); });
    if (config.consent) {
      row(form, { name: config.consent.field, label: config.consent.text, type: "checkbox",
                  required: config.consent.required }, "consent");
    }
    var trap = el("div", { "aria-hidden": "true" });
    trap.style.cssText = "position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden";
    trap.appendChild(el("input", { type: "text", name: config.honeypot, tabindex: "-1", autocomplete: "off" }));
    form.appendChild(trap);
    var button = el("button", { type: "submit" }, config.submitLabel || t.submit);
    form.appendChild(button);
    var status = el("p", { "class": "leadwire-status", role: "status" });
    form.appendChild(status);
    var submissionId = newSubmissionId();

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var values = valuesOf(form);
      values.submissionId = submissionId;
      button.disabled = true;
      status.className = "leadwire-status";
      status.textContent = "";
      fetch(endpoint, {
        method: "POST", mode: "cors", credentials: "omit",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(values)
      }).then(function (response) {
        if (response.ok) {
          var thanks = el("p", { "class": "leadwire-thanks", role: "status" }, config.thankYouText || t.thanks);
          box.replaceChild(thanks, form);
          if (onDone) {
            onDone();
          }
          return null;
        }
        return response.json().then(function (problem) {
          throw new Error(problem && (problem.detail || problem.title) || t.failed);
        }, function () {
          throw new Error(t.failed);
        });
      }).catch(function (failure) {
        status.className = "leadwire-status leadwire-error";
        status.style.color = "#b00020";
        // a TypeError is the network or CORS failing, whose message means nothing to a visitor
        status.textContent = failure instanceof TypeError || !failure.message ? t.failed : failure.message;
      }).then(function () {
        button.disabled = false;
      });
    });
    box.appendChild(form);
    return box;
  }

  function showInline() {
    var targetId = script.getAttribute("data-target");
    var target = targetId ? document.getElementById(targetId) : null;
    var box = buildForm(null);
    if (target) {
      target.appendChild(box);
    } else if (script.parentNode && script.parentNode !== document.head) {
      script.parentNode.insertBefore(box, script.nextSibling);
    } else {
      document.body.appendChild(box);
    }
  }

  function showPopup() {
    var opened = false;
    function open() {
      if (opened) {
        return;
      }
      opened = true;
      var overlay = el("div", { "class": "leadwire-popup", role: "dialog", "aria-modal": "true" });
      overlay.style.cssText = "position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;"
        + "justify-content:center;z-index:2147483000";
      var dialog = el("div");
      dialog.style.cssText = "background:#fff;color:#222;padding:1.5em;border-radius:8px;max-width:90vw;position:relative";
      var close = el("button", { type: "button", "class": "leadwire-close", "aria-label": t.close }, "×");
      close.style.cssText = "position:absolute;top:.3em;right:.5em;border:0;background:none;font-size:1.5em;cursor:pointer";
      function dismiss() {
        if (overlay.parentNode) {
          overlay.parentNode.removeChild(overlay);
        }
      }
      close.addEventListener("click", dismiss);
      overlay.addEventListener("click", function (event) { if (event.target === overlay) { dismiss(); } });
      document.addEventListener("keydown", function (event) { if (event.key === "Escape") { dismiss(); } });
      dialog.appendChild(close);
      dialog.appendChild(buildForm(null));
      overlay.appendChild(dialog);
      document.body.appendChild(overlay);
    }
    var popup = config.popup || { trigger: "delay", seconds: 5 };
    if (popup.trigger === "exit-intent") {
      document.addEventListener("mouseout", function (event) {
        if (!event.relatedTarget && event.clientY <= 0) {
          open();
        }
      });
    } else if (popup.trigger === "scroll") {
      var onScroll = function () {
        var seen = (window.scrollY + window.innerHeight) / Math.max(1, document.documentElement.scrollHeight) * 100;
        if (seen >= popup.scrollPercent) {
          window.removeEventListener("scroll", onScroll);
          open();
        }
      };
      window.addEventListener("scroll", onScroll, { passive: true });
    } else {
      setTimeout(open, Math.max(0, popup.seconds) * 1000);
    }
  }

  function start() {
    if (config.kind === "POPUP") {
      showPopup();
    } else {
      showInline();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(/*LEADWIRE_FORM*/null);
