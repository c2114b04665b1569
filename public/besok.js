/* Counts a page view without cookies or anything about the visitor (README "Besöksstatistik"):
   the path, on entry the referring site's domain, and on the search page the query and its hits.
   Nothing is sent under Do Not Track or Global Privacy Control. */
(function () {
  var n = navigator;
  if (n.globalPrivacyControl || n.doNotTrack === "1" || window.doNotTrack === "1" || !n.sendBeacon) return;
  var privat = /^\/(arende|kontakt\/tack|avregistrera|bevaka|hittade-du|forhandsvisning|nytt-losenord|personal|logga-)/;
  var senast = null;
  function skicka(kalla, forsok) {
    var adress = location.pathname + location.search;
    if (adress === senast || privat.test(location.pathname)) return;
    var d = new URLSearchParams({ s: location.pathname });
    if (location.pathname === "/sok") {
      var q = new URLSearchParams(location.search).get("q");
      var el = document.querySelector("[data-besok-fraga]");
      // After a client-side navigation the new results may not be in place yet.
      if (q && (!el || el.getAttribute("data-besok-fraga") !== q) && forsok < 20) return setTimeout(skicka, 100, kalla, forsok + 1);
      if (q && el) {
        d.set("q", el.getAttribute("data-besok-fraga"));
        d.set("t", el.getAttribute("data-besok-traffar"));
      }
    }
    if (kalla) d.set("k", kalla);
    senast = adress;
    n.sendBeacon("/api/besok", d);
  }
  function andrad() {
    setTimeout(skicka, 0, "", 0);
  }
  function start() {
    var kalla = "";
    try {
      var r = new URL(document.referrer);
      if (r.host !== location.host) kalla = r.hostname;
    } catch {
      // No referrer, or not an address: no entry domain.
    }
    skicka(kalla, 0);
    ["pushState", "replaceState"].forEach(function (f) {
      var o = history[f];
      history[f] = function () {
        var r = o.apply(this, arguments);
        andrad();
        return r;
      };
    });
    addEventListener("popstate", andrad);
    // A page shown again from the back/forward cache is a view too.
    addEventListener("pageshow", function (e) {
      if (e.persisted) {
        senast = null;
        skicka("", 0);
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
