"""The review desk in a real browser: headless Chromium driven by selenium against `curate
serve`'s app on 127.0.0.1. Skips where Chromium is not installed, except in CI (CI=true),
where it is required."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from agent.fileio import read_jsonl
from agent.pipeline import add
from agent.store import Store

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")


def _need(what: str) -> None:
    msg = f"{what} (apt-get install -y chromium chromium-driver; `make test` does it as root)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"the browser test is required in CI: {msg}")
    pytest.skip(msg)


@pytest.fixture
def browser(tmp_path):
    binary = next((shutil.which(b) for b in CHROMIUM if shutil.which(b)), None)
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        _need("Chromium or chromedriver is not installed")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _need("selenium is not installed (pip install -e '.[dev]')")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1500,1000",
        f"--user-data-dir={tmp_path / 'chrome-profile'}",
    ):
        opts.add_argument(arg)
    os.environ["SE_OFFLINE"] = "true"  # never let selenium manager look for drivers online
    drv = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


@pytest.fixture
def server(settings):
    import uvicorn

    from agent.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, "Browser Reviewer"),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 30
    while not srv.started:
        assert time.time() < deadline, "the desk did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


def test_review_a_proposal_in_the_browser(
    browser, server, settings, example_pdf, fake_index, tmp_path
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    p = add(settings, pdf=example_pdf, index=fake_index).proposal
    wait = WebDriverWait(browser, 30)

    browser.get(f"{server}/queue")
    link = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, f'a[href="/proposal/{p.id}"]')))
    assert link.text == "NicheLM"
    link.click()
    wait.until(ec.presence_of_element_located((By.ID, "diff")))
    assert "NicheLM" in browser.find_element(By.TAG_NAME, "h1").text

    # a quote opens its PDF page, highlighted, beside the diff
    quote = browser.find_element(By.CSS_SELECTOR, "#f-tasks a.quote")
    quote.click()
    img = browser.find_element(By.ID, "pageimg")
    wait.until(
        lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img)
    )
    assert browser.find_element(By.ID, "pageview").is_displayed()
    assert "field=tasks" in img.get_attribute("src")
    yellow = browser.execute_script(
        """const img = arguments[0], c = document.createElement('canvas');
        c.width = img.naturalWidth; c.height = img.naturalHeight;
        const g = c.getContext('2d'); g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i+1] > 180 && d[i+2] < 150) n++;
        return n;""",
        img,
    )
    assert yellow > 500, "the quote is not highlighted on the page image"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", quote)
    shot = tmp_path / "proposal-page.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("CURATE_DESK_SCREENSHOT"):  # how docs/review-desk.png is made
        shutil.copy(shot, Path(os.environ["CURATE_DESK_SCREENSHOT"]))

    # override a field (add the drug_response task), then accept
    row = browser.find_element(By.ID, "f-tasks")
    row.find_element(By.CSS_SELECTOR, "details summary").click()
    box = row.find_element(By.CSS_SELECTOR, 'input[value="drug_response"]')
    box.click()
    assert box.is_selected()
    browser.find_element(By.ID, "accept").click()
    msg = wait.until(ec.presence_of_element_located((By.ID, "message")))
    assert "accepted" in msg.text and "nichelm" in msg.text

    entry = Store(settings.models_dir).load("nichelm")
    assert "drug_response" in entry.tasks and set(p.entry.tasks) <= set(entry.tasks)
    assert entry.provenance.reviewer == "Browser Reviewer"
    (rec,) = read_jsonl(settings.decisions_log)
    assert rec["action"] == "accept" and rec["reviewer"] == "Browser Reviewer"
    assert "drug_response" in rec["overrides"]["tasks"]


def test_screen_by_keyboard_in_the_browser(browser, server, settings, tmp_path):
    from screen_data import RECORDS, write_jsonl
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from agent.screen.ledger import Ledger
    from agent.screen.run import screen_file
    from agent.screen.screeners import LexiconScreener

    run = screen_file(
        write_jsonl(tmp_path / "s.jsonl", RECORDS),
        LexiconScreener(),
        Ledger.of(settings),
    )
    todo = [r.key for r, d in run.decisions if d.decision in ("maybe", "include")]
    browser.get(f"{server}/screening")
    cards = browser.find_elements(By.CSS_SELECTOR, "article.record")
    assert len(cards) == len(todo) >= 2
    assert "current" in cards[0].get_attribute("class")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    assert "current" in browser.find_elements(By.CSS_SELECTOR, "article.record")[1].get_attribute(
        "class"
    )
    second = cards[1].get_attribute("data-key")
    body.send_keys("e")  # exclude the selected record
    WebDriverWait(browser, 30).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "article.record")) == len(todo) - 1
    )
    e = Ledger.of(settings).load()[second]
    assert (e.decision.decision, e.decision.screener) == ("exclude", "human")
    assert e.decision.reviewer == "Browser Reviewer"
