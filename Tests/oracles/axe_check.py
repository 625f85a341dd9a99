"""Runs axe-core (the copy inside PyPI's axe-playwright-python) in Debian's Chromium over pages of a running
site, at 390 and 1280 pixels wide, in light and dark colours, and prints every WCAG 2.1 A/AA violation.

    axe_check.py BASE_URL LOGIN PATH...

LOGIN is `name:password` to sign in through the site's login form first, or `-` to stay a visitor. Exits 1
when any page has a violation, 2 when the browser cannot be started or the login fails."""

import importlib.resources
import json
import sys

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--lang=zh-CN", "--window-size=1280,900"]:
        options.add_argument(argument)
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def main():
    base, login, paths = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3:]
    axe = importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text()
    try:
        driver = browser()
    except WebDriverException as error:
        print(f"axe_check: cannot start Chromium: {error.msg}", file=sys.stderr)
        sys.exit(2)
    failures = 0
    try:
        if login != "-":
            name, _, password = login.partition(":")
            driver.get(base + "/login")
            driver.find_element(By.NAME, "name").send_keys(name)
            driver.find_element(By.NAME, "password").send_keys(password)
            driver.find_element(By.NAME, "password").submit()
            try:
                WebDriverWait(driver, 30).until(lambda d: d.get_cookie("gs_session") is not None)
            except Exception:
                print(f"axe_check: cannot sign in as {name}", file=sys.stderr)
                sys.exit(2)
        for width in (390, 1280):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
            for scheme in ("light", "dark"):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for path in paths:
                    driver.get(base + path)
                    driver.execute_script(axe)
                    result = driver.execute_async_script(
                        "const done = arguments[arguments.length - 1];"
                        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations), e => done(String(e)));",
                        TAGS)
                    if isinstance(result, str):
                        print(f"{path} {width}px {scheme}: axe failed: {result}")
                        failures += 1
                        continue
                    for violation in result:
                        failures += 1
                        targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
                        summary = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")[:300]
                        print(f"{path} {width}px {scheme}: {violation['id']} ({violation['impact']}): {violation['help']}; "
                              f"{len(violation['nodes'])} node(s): {json.dumps(targets, ensure_ascii=False)}; {summary}")
    finally:
        driver.quit()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
