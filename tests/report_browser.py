#!/usr/bin/env python3
"""The report page of tests/data/stories as a reader uses it, in headless Chromium.

usage: report_browser.py CHROMIUM REPORT_DIR WORK_DIR

Drives Debian's chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no network
port, no library beyond Python's own) and checks, on REPORT_DIR/index.html: the page is right to
left; reasons are Arabic; each filter (verdict, strength, outlet, story, dates) and the text search
narrows the verdicts shown to those that fit; a source link points at its document's URL; at 400 px
the page has no horizontal scroll. Screenshots go to WORK_DIR (test output, not committed).
Exit 0 when all hold, 1 with the failures listed."""
import base64
import json
import os
import re
import subprocess
import sys
import time


class Browser:
    def __init__(self, chromium, work):
        # Pipes before anything else opens a descriptor: the child finds them on fds 3 and 4.
        self.to_r, self.to_w = os.pipe()
        self.from_r, self.from_w = os.pipe()
        to_r, from_w = self.to_r, self.from_w

        def child():
            # dup2 onto itself keeps close-on-exec: the two are made inheritable either way.
            if to_r != 3:
                os.dup2(to_r, 3)
            if from_w != 4:
                os.dup2(from_w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.log = open(os.path.join(work, "chromium.log"), "wb")
        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             "--user-data-dir=" + os.path.join(work, "profile"), "--remote-debugging-pipe", "about:blank"],
            preexec_fn=child, close_fds=False, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log)
        os.close(self.to_r)
        os.close(self.from_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_w, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self):
        deadline = time.time() + 60
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise RuntimeError("chromium did not answer within 60 s")
            chunk = os.read(self.from_r, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_event(self, method):
        deadline = time.time() + 60
        while time.time() < deadline:
            for k, e in enumerate(self.events):
                if e.get("method") == method:
                    del self.events[k]
                    return e
            self.events.append(self.read())
        raise RuntimeError(f"no {method} within 60 s")

    def open(self, url, width):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}...: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, full=False):
        params = {"format": "png"}
        if full:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# What the page's filters see of each verdict, and how many are shown.
VISIBLE = """(() => { const all = [...document.querySelectorAll('.verdict')];
  const shown = all.filter(v => !v.hidden && v.offsetParent !== null);
  return {total: all.length, shown: shown.length,
          data: shown.map(v => ({relation: v.dataset.relation, strength: +v.dataset.strength, story: v.dataset.story,
                                 outlets: v.dataset.outlets, first: v.dataset.first, last: v.dataset.last,
                                 text: v.textContent}))}; })()"""


def set_filter(browser, name, value):
    browser.eval(f"""(() => {{ const f = document.getElementById('filters');
        for (const e of f.elements) if (e.name) e.value = '';
        f.elements[{json.dumps(name)}].value = {json.dumps(value)};
        f.dispatchEvent(new Event('input', {{bubbles: true}})); }})()""")
    return browser.eval(VISIBLE)


def main():
    chromium, report, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    failures = []
    page = "file://" + os.path.abspath(os.path.join(report, "index.html"))
    with open(os.path.join(report, "consistency.json"), encoding="utf-8") as f:
        data = json.load(f)
    browser = Browser(chromium, work)
    try:
        browser.open(page, 1000)
        browser.screenshot(os.path.join(work, "report-1000px.png"))

        # Right to left, Arabic reasons (Latin letters only inside isolated values).
        if browser.eval("document.documentElement.dir") != "rtl" or \
                browser.eval("getComputedStyle(document.body).direction") != "rtl":
            failures.append("the page is not right to left")
        reasons = browser.eval("""[...document.querySelectorAll('.verdict .reason')].map(r => {
            const c = r.cloneNode(true); c.querySelectorAll('bdi').forEach(b => b.remove()); return c.textContent; })""")
        if not reasons:
            failures.append("no reasons on the page")
        latin = [r for r in reasons if re.search("[A-Za-z]", r) or not re.search("[\u0600-\u06ff]", r)]
        if latin:
            failures.append(f"{len(latin)} reasons not in Arabic, e.g. {latin[0][:120]}")

        base = browser.eval(VISIBLE)
        total = base["total"]
        if total < 100 or base["shown"] != total:
            failures.append(f"{base['shown']} of {total} verdicts shown before any filter")

        def narrows(label, name, value, fits):
            got = set_filter(browser, name, value)
            bad = [v for v in got["data"] if not fits(v)]
            if not (0 < got["shown"] < total):
                failures.append(f"filter {label}={value!r}: {got['shown']} of {total} shown (none, or all)")
            elif bad:
                failures.append(f"filter {label}={value!r}: {len(bad)} shown verdicts do not fit it")
            return got["shown"]

        narrows("verdict", "relation", "conflict", lambda v: v["relation"] == "conflict")
        narrows("strength", "strength", "4", lambda v: v["strength"] >= 4)
        outlet = next(o["outlet"] for o in data["outlets"] if o["outlet"] and o["conflict"] > 0)
        narrows("outlet", "outlet", outlet, lambda v: f"|{outlet}|" in v["outlets"])
        story = str(max(data["stories"], key=lambda s: s["documents"])["id"])
        narrows("story", "story", story, lambda v: v["story"] == story)
        narrows("from", "from", "2024-01-01", lambda v: v["last"] and v["last"] >= "2024-01-01")
        narrows("to", "to", "2022-12-31", lambda v: v["first"] and v["first"] <= "2022-12-31")
        # The text search finds a word of a quote.
        word = "درنة"
        shown = narrows("search", "q", word, lambda v: word in v["text"])
        if shown == 0:
            failures.append(f"the search for {word} found nothing")
        # A filtered view is an address: the fragment says it, and opening it shows the same.
        set_filter(browser, "relation", "conflict")
        fragment = browser.eval("location.hash")
        if fragment != "#relation=conflict":
            failures.append(f"the address of a filtered view is {fragment!r}")
        browser.screenshot(os.path.join(work, "report-conflicts.png"))

        # A source link points at its document's URL.
        links = browser.eval("""[...document.querySelectorAll('blockquote a.source')].map(a => ({href: a.getAttribute('href'),
            doc: a.textContent}))""")
        urls = {c["doc"]: c["url"] for c in data["claims"] if c["url"]}
        if not links:
            failures.append("no source links")
        wrong = [l for l in links if urls.get(l["doc"]) != l["href"]]
        if wrong:
            failures.append(f"{len(wrong)} source links do not point at their document's URL, e.g. {wrong[0]}")

        # At 400 px: nothing wider than the screen.
        browser.open(page, 400)
        width = browser.eval("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            wide = browser.eval("""[...document.querySelectorAll('body *')].filter(e =>
                e.getBoundingClientRect().left < -1 || e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 3).map(e => e.tagName + '.' + e.className)""")
            failures.append(f"at 400 px the page is {width[0]} px wide (scrolls sideways): {wide}")
        browser.screenshot(os.path.join(work, "report-400px.png"))
    finally:
        browser.close()
    for f in failures:
        print("report page:", f)
    print(f"report page: {'FAILED' if failures else 'ok'}; screenshots in {work}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
