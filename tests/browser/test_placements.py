"""Browser test: after a placement, from the provider's side and the student's, and their calendars. The demo
provider opens the demo student's finished insight day from its placements, sends feedback
that is too long (told plainly, the summary leads to the box), then marks the day absent and
writes hostile feedback; the demo student reads how it went on their offer, the feedback as
text, and follows the way to reflect; then makes a private calendar link, whose feed has the
insight day, and stops it, after which the feed is gone. Keyboard focus, axe-core and a 390 px phone on every page."""
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from common import Run
from pages import UPN, Pages

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
pages = Pages(run)
fits, main_text, after_heading, sign_in, sign_out, error_summary = (
    pages.fits, pages.main_text, pages.after_heading, pages.sign_in, pages.sign_out, pages.error_summary)
DAY = "Year 10 engineering insight day"
HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> Great questions & careful work'


def save():
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Save']").click()


try:
    sign_in("provider-admin")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Placements']").click()
    after_heading("Students coming on placements")
    row = driver.find_element(By.XPATH, f"//main//tr[contains(., '{DAY}')]")
    check("the finished placement cannot be cancelled", "Finished" in row.text, row.text)
    row.find_element(By.PARTIAL_LINK_TEXT, "Attendance and feedback").click()
    page = after_heading("Attendance and feedback")
    check("the page names the placement and where it stands", DAY in page and "Completed" in page, page[:400])
    check("the day is marked attended", driver.find_element(By.CSS_SELECTOR, "input[type=radio][value=attended]").is_selected())
    check("the feedback written on the day is there", "asked thoughtful questions" in
          driver.find_element(By.ID, "feedback").get_attribute("value"))
    check("no UPN, date of birth or equity facts", not UPN.search(driver.page_source)
          and all(word not in page for word in ["Date of birth", "Disadvantaged", "SEN"]))
    axe("the placement's attendance and feedback")
    fits("the placement's attendance and feedback")

    # Too long: told plainly, the summary's link focuses the box, nothing saved.
    driver.execute_script("document.getElementById('feedback').value = 'x'.repeat(2001)")
    save()
    summary, focused = error_summary()
    check("too long feedback is refused plainly", "Write at most 2000 characters (you wrote 2001)" in summary.text, summary.text)
    check("the error summary takes the focus", focused)
    axe("the placement page with a problem")
    fits("the placement page with a problem")
    link = summary.find_element(By.TAG_NAME, "a")
    link.click()
    check("following the link focuses the feedback box", driver.switch_to.active_element.get_attribute("id") == "feedback")

    # Marked absent after all, with hostile feedback: saved, shown as text.
    driver.find_element(By.CSS_SELECTOR, "input[type=radio][value=absent]").click()
    box = driver.find_element(By.ID, "feedback")
    box.clear()
    box.send_keys(HOSTILE)
    driver.find_element(By.ID, "delivered").click()  # untick one of what the day delivered
    save()
    wait.until(EC.url_contains("done=saved"))
    saved = main_text()
    check("saving says who can see it", "Saved. The student and their school can see the attendance and feedback." in saved, saved[:300])
    check("the absent mark is kept", driver.find_element(By.CSS_SELECTOR, "input[type=radio][value=absent]").is_selected())
    check("the hostile feedback comes back as text", driver.find_element(By.ID, "feedback").get_attribute("value") == HOSTILE)
    check("the page title is untouched", driver.title != "pwned", driver.title)
    axe("the saved placement page")
    sign_out()

    # The student reads how it went, and finds the way to reflect.
    sign_in("student")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Offers']").click()
    after_heading("Your offers")
    driver.find_element(By.LINK_TEXT, DAY).click()
    offer = after_heading(DAY)
    check("the offer says how it went", "How it went" in offer and "0 of 1" in offer, offer[:600])
    check("the feedback is shown as text", HOSTILE in offer and not driver.find_elements(By.CSS_SELECTOR, "main img"), offer[:600])
    check("the page title is untouched for the student", driver.title != "pwned", driver.title)
    axe("the finished offer")
    fits("the finished offer")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Write or change the reflection").click()
    wait.until(EC.url_contains("/reflection"))
    check("the way to reflect opens the reflection form", bool(driver.find_elements(By.CSS_SELECTOR, "main textarea#reflection")),
          main_text()[:300])
    axe("the reflection form from the offer")

    # A private calendar link: made, shown once, its feed has the placement; stopped, it is gone.
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Offers']").click()
    driver.find_element(By.LINK_TEXT, "Add your placements to your calendar").click()
    after_heading("Your placements in your calendar")
    axe("the calendar link page")
    fits("the calendar link page")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Make a calendar link')]").click()
    address = wait.until(EC.presence_of_element_located((By.ID, "calendar-address"))).get_attribute("value")
    check("the new link is shown to copy", "/calendar/wexcal_" in address and address.endswith(".ics"), address)
    axe("the calendar link page with a new link")
    fits("the calendar link page with a new link")
    feed = urllib.request.urlopen(address).read().decode()
    check("the feed has the insight day", f"SUMMARY:Work experience: {DAY}" in feed and "BEGIN:VCALENDAR" in feed, feed[:300])
    driver.find_element(By.XPATH, "//main//button[contains(., 'Stop the link')]").click()
    wait.until(EC.url_contains("done=stopped"))
    check("stopping says so", "Your calendar link has stopped working." in main_text())
    try:
        urllib.request.urlopen(address)
        check("the stopped link is gone", False)
    except urllib.error.HTTPError as error:
        check("the stopped link is gone", error.code == 404, error.code)
    sign_out()
finally:
    run.finish()
