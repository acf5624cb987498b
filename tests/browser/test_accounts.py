"""Browser test: every actor's main path through the signed-in pages, with the keyboard-usable
forms, and axe-core on every page visited. Uses the demo accounts that `serve --demo` prints
(their passwords are fixed in DemoAccounts.swift)."""
import datetime
import os
import re
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, PASSWORDS, Run


run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe


def sign_in(role):
    driver.get(BASE + "/sign-in")
    driver.find_element(By.ID, "email").send_keys(f"{role}@demo.wexchange.test")
    driver.find_element(By.ID, "password").send_keys(PASSWORDS[role])
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(EC.url_contains("/home"))


def sign_out():
    driver.find_element(By.CSS_SELECTOR, ".account-area button").click()
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, "Sign in")))


def notice():
    elements = driver.find_elements(By.CSS_SELECTOR, "p.notice, div.notice")
    return elements[0].text if elements else ""


def emailed_link(path_prefix, recipient):
    """The one-time link the server 'emailed' to `recipient`: `serve --demo` logs outgoing emails,
    and CI passes the server's log as WEXCHANGE_SERVER_LOG."""
    log = os.environ.get("WEXCHANGE_SERVER_LOG")
    if not log:
        return None
    pattern = re.compile(r"To: " + re.escape(recipient) + r"\n.*?(" + re.escape(path_prefix) + r"/wext_[0-9a-f]{64})", re.S)
    for _ in range(20):
        with open(log, encoding="utf-8", errors="replace") as handle:
            found = pattern.findall(handle.read())
        if found:
            return found[-1]
        time.sleep(0.5)
    return None


def submit(form_label):
    driver.find_element(By.CSS_SELECTOR, f'form[aria-label="{form_label}"] button[type=submit]').click()


try:
    # A wrong password shows an error summary, without saying whether the account exists.
    driver.get(BASE + "/sign-in")
    axe("/sign-in")
    driver.find_element(By.ID, "email").send_keys("provider-admin@demo.wexchange.test")
    driver.find_element(By.ID, "password").send_keys("not the password")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("a wrong password shows the error summary", "not right" in summary.text, summary.text)
    check("the error summary has focus", driver.switch_to.active_element.get_attribute("id") == "error-summary",
          driver.switch_to.active_element.get_attribute("outerHTML")[:80])
    check("the page title starts with Error:", driver.title.startswith("Error: "), driver.title)
    axe("/sign-in with an error")

    # Provider: start from a template, submit for moderation.
    sign_in("provider-admin")
    check("the provider lands on its start page", "Your listings" in driver.find_element(By.TAG_NAME, "main").text)
    axe("/home")
    driver.get(BASE + "/account")
    axe("/account")
    driver.find_element(By.LINK_TEXT, "manage your API tokens").click()
    axe("/account/tokens")
    driver.find_element(By.LINK_TEXT, "Your listings").click()
    check("provider sees the listings page", driver.find_element(By.TAG_NAME, "h1").text == "Your listings")
    axe("/provider/listings")
    driver.find_element(By.LINK_TEXT, "Insight day").click()
    axe("the new listing form")
    check("the template fills in the outcomes", "Hears from staff" in driver.find_element(By.ID, "outcomes").get_attribute("value"))
    # "Describe the other adjustment" appears only once "Other adjustment" is ticked.
    check("the other-adjustment box starts hidden", not driver.find_element(By.ID, "send_other").is_displayed())
    driver.find_element(By.ID, "send_adjustments-other").click()
    check("ticking Other reveals the box to describe it", driver.find_element(By.ID, "send_other").is_displayed())
    driver.find_element(By.ID, "send_adjustments-other").click()
    # Continuing with it empty lists every problem in plain words, with the summary focused.
    driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="check"]').click()
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("the listing form's errors are plain words", "Enter the title" in summary.text and "_" not in summary.text, summary.text)
    check("the listing form's error summary has focus", driver.switch_to.active_element.get_attribute("id") == "error-summary")
    axe("the listing form with errors")
    driver.find_element(By.ID, "title").send_keys("Browser insight day")
    driver.find_element(By.ID, "summary").send_keys("A day with our engineers, written by the browser test.")
    driver.find_element(By.CSS_SELECTOR, '#sector option[value="engineering-manufacturing"]').click()
    driver.find_element(By.ID, "address").send_keys("Scotswood Road, Newcastle")
    driver.find_element(By.ID, "postcode").send_keys("NE4 7AF")
    next_year = datetime.date.today().year + 1
    for field, value in [("session_start_1", "14"), ("session_start_1-month", "6"), ("session_start_1-year", str(next_year)),
                         ("session_end_1", "14"), ("session_end_1-month", "6"), ("session_end_1-year", str(next_year))]:
        driver.find_element(By.ID, field).send_keys(value)
    # Continue shows every answer to check; Change returns to that part with the answers kept.
    driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="check"]').click()
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Check your listing"))
    check("check your answers shows the answers in words", "Engineering and manufacturing" in driver.find_element(By.TAG_NAME, "main").text)
    axe("check your answers for a listing")
    driver.set_window_size(390, 900)
    sideways = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check("check your answers fits a 390 px phone", sideways <= 0, f"{sideways} px sideways")
    driver.set_window_size(1280, 1600)
    driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="change-gains"]').click()
    wait.until(EC.presence_of_element_located((By.ID, "title")))
    check("Change opens the form at that part", driver.switch_to.active_element.get_attribute("id") == "section-gains",
          driver.switch_to.active_element.get_attribute("id"))
    check("Change keeps the answers", driver.find_element(By.ID, "title").get_attribute("value") == "Browser insight day")
    driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="check"]').click()
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Check your listing"))
    driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="publish"]').click()
    wait.until(EC.url_contains("done="))
    check("the listing waits for a moderator", "waiting for a moderator" in notice(), notice())
    check("it shows as waiting", "Browser insight day" in driver.page_source and "Waiting for approval" in driver.page_source)
    # Closing asks first, naming the listing; "No, go back" changes nothing.
    close = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a") if a.text.startswith("Close")
             and "Browser insight day" in (a.get_attribute("textContent") or "")]
    check("each Close link names its listing to screen readers", len(close) == 1, str(len(close)))
    if close:
        close[0].click()
        check("closing asks first", "Close “Browser insight day”?" in driver.find_element(By.TAG_NAME, "h1").text)
        axe("the close confirmation page")
        driver.find_element(By.LINK_TEXT, "No, go back").click()
        check("going back leaves it waiting", "Waiting for approval" in driver.page_source)
    sign_out()

    # Hub coordinator: approve it from the queue.
    sign_in("hub-coordinator")
    driver.find_element(By.LINK_TEXT, "Moderation").click()
    axe("/moderation")
    driver.find_element(By.LINK_TEXT, "Browser insight day").click()
    main = driver.find_element(By.TAG_NAME, "main").text
    check("the review page shows every answer of a new listing in words",
          "New listing" in main and "Sector\nEngineering and manufacturing" in main and "Preview of the public page" in main, main[:400])
    axe("the moderation item page")
    submit("Approve")
    wait.until(EC.url_contains("done=approved"))
    check("approved and published", "Approved and published" in notice(), notice())
    driver.get(BASE + "/?q=browser+insight")
    check("the approved listing is in search", "Browser insight day" in driver.page_source)
    driver.find_element(By.LINK_TEXT, "North of Tyne and Wear Careers Hub").click()
    check("the hub coordinator sees the hub's schools", "Excelsior Academy" in driver.page_source)
    axe("/organisation for a hub")
    sign_out()

    # Assessor: grant a badge.
    sign_in("assessor")
    driver.find_element(By.LINK_TEXT, "Badges").click()
    axe("/badges")
    driver.find_element(By.ID, "provider").send_keys("Tyne Engineering Ltd")
    driver.find_element(By.ID, "name").send_keys("Careers quality award")
    for field, value in [("expires", "31"), ("expires-month", "12"), ("expires-year", str(next_year))]:
        driver.find_element(By.ID, field).send_keys(value)
    driver.find_element(By.ID, "evidence").send_keys("Visited and assessed.")
    submit("Grant a badge")
    wait.until(EC.url_contains("done=granted"))
    check("the badge is granted", "Badge granted" in notice(), notice())
    driver.get(BASE + "/?q=browser+insight&accredited=true")
    check("the provider now counts as accredited in search", "Browser insight day" in driver.page_source)
    sign_out()

    # Careers leader: rate the provider, then invite a colleague.
    sign_in("careers-leader")
    driver.get(BASE + "/?q=browser+insight")
    driver.find_element(By.LINK_TEXT, "Browser insight day").click()
    axe("the detail page with the rating form")
    driver.find_element(By.CSS_SELECTOR, 'label[for="stars-4"]').click()
    driver.find_element(By.ID, "comment").send_keys("Our Year 10s loved it.")
    submit("Rate this provider")
    wait.until(EC.url_contains("rated=1"))
    check("the rating is saved", "rating is saved" in notice(), notice())
    check("the provider's rating shows", "4.0 out of 5 (1 rating)" in driver.page_source)
    driver.find_element(By.LINK_TEXT, "Excelsior Academy").click()
    axe("/organisation")
    driver.find_element(By.ID, "email").send_keys("new.teacher@demo.wexchange.test")
    driver.find_element(By.ID, "name").send_keys("New Teacher")
    driver.find_element(By.CSS_SELECTOR, '#role option[value="school_staff"]').click()
    submit("Invite someone")
    wait.until(EC.url_contains("done=invited"))
    check("the invitation is sent", "Invitation sent" in notice(), notice())
    check("the invited person is listed", "new.teacher@demo.wexchange.test" in driver.page_source)
    sign_out()

    # The invited teacher follows the emailed link and chooses a password.
    link = emailed_link("/invitations", "new.teacher@demo.wexchange.test")
    if link is None:
        print("SKIP accepting the invitation: set WEXCHANGE_SERVER_LOG to the server's log")
    else:
        driver.get(BASE + link)
        axe("the invitation page")
        driver.find_element(By.ID, "password").send_keys("chalk board meadow")
        submit("Accept your invitation")
        wait.until(EC.url_contains("/home"))
        check("the invited teacher is signed in", "New Teacher" in driver.page_source and "School staff" in driver.page_source)
        sign_out()

    # National admin: read the comment and show it.
    sign_in("national-admin")
    driver.find_element(By.LINK_TEXT, "Review comments").click()
    axe("/reviews")
    check("the comment waits for a national admin", "Our Year 10s loved it." in driver.page_source)
    submit("Show this comment")
    wait.until(EC.url_contains("done=shown"))
    check("the comment is shown", "Comment shown" in notice(), notice())
    driver.find_element(By.LINK_TEXT, "Organisations").click()
    check("the national admin sees every school", "Excelsior Academy" in driver.page_source)
    axe("/organisations")
    driver.find_element(By.LINK_TEXT, "Audit log").click()
    check("the audit log shows the approval in words", "Approved listing" in driver.page_source)
    axe("/audit")
    sign_out()

    # Anyone: forgotten password.
    driver.get(BASE + "/password-reset")
    axe("/password-reset")
    driver.find_element(By.ID, "email").send_keys("student@demo.wexchange.test")
    submit("Reset your password")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "p.notice")))
    check("the reset page answers the same for everyone",
          "If student@demo.wexchange.test has a Wexchange account" in notice(), notice())
    link = emailed_link("/password-reset", "student@demo.wexchange.test")
    if link is None:
        print("SKIP following the reset link: set WEXCHANGE_SERVER_LOG to the server's log")
    else:
        driver.get(BASE + link)
        axe("the choose-a-password page")
        driver.find_element(By.ID, "password").send_keys("short")
        submit("Choose a new password")
        summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
        check("a short password is refused with a reason", "at least 10 characters" in summary.text, summary.text)
        driver.find_element(By.ID, "password").send_keys("river stone lantern")
        submit("Choose a new password")
        wait.until(EC.url_contains("/home"))
        check("the student is signed in with the new password", "Demo student" in driver.page_source)
finally:
    run.finish()
