"""Browser test: a provider changes a live listing and uploads a spreadsheet. The demo provider
edits the summary of its published bridge inspection week: the form says the published version
stays live, "Check your answers" leads to Submit, and the listings page says the change waits
while the public page still shows the published summary. Moving its dates is refused plainly
(students rely on them: places are pledged to a round), the error summary leading to the date.
Then it uploads a CSV with a bad row (every problem with its line and column, nothing saved),
then a good one: the preview lists the new listing, and saving shows the counts. Keyboard
focus, axe-core and a 390 px phone on every page."""
import datetime
import os
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, Run
from pages import Pages

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
pages = Pages(run)
fits, main_text, after_heading, sign_in, sign_out, error_summary = (
    pages.fits, pages.main_text, pages.after_heading, pages.sign_in, pages.sign_out, pages.error_summary)
WEEK = "Year 10 bridge inspection week"
NEW_SUMMARY = "A week with our inspectors on the Tyne bridges: survey, measure, report <b>and present</b>."
HEADER = "external_id,title,summary,type,mode,sector,stage,years,address,postcode,capacity,hours_per_day,days,sessions,skills\n"
GOOD = "up-1,Welding taster,Try welding safely,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9;10,1 Quay Road,NE1 3AF,10,5,1,{day}/{day},teamwork\n"


def edit_link():
    driver.get(BASE + "/provider/listings")
    after_heading("Your listings")
    row = driver.find_element(By.XPATH, f"//main//tr[contains(., '{WEEK}')]")
    return row


def upload(text, name):
    path = os.path.join(tempfile.mkdtemp(), name)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    driver.get(BASE + "/provider/listings/import")
    after_heading("Upload listings from a spreadsheet")
    driver.find_element(By.ID, "file").send_keys(path)
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Check the file']").click()


try:
    sign_in("provider-admin")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Your listings']").click()
    after_heading("Your listings")
    public = driver.find_element(By.XPATH, f"//main//a[normalize-space()='{WEEK}']").get_attribute("href")
    edit_link().find_element(By.PARTIAL_LINK_TEXT, "Edit").click()
    form = after_heading("Edit:")
    check("the form says the published version stays live meanwhile", "meanwhile students see it as it is now" in form, form[:400])
    axe("the edit form of a live listing")
    box = driver.find_element(By.ID, "summary")
    box.clear()
    box.send_keys(NEW_SUMMARY)
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Continue']").click()
    after_heading("Check your listing before you submit it")
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Submit for publication']").click()
    wait.until(EC.url_contains("done=changed"))
    listed = main_text()
    check("saving says the change waits and students see the published version",
          "until then students see the published version" in listed, listed[:400])
    check("the listing's status says its changes wait",
          "Published; your changes wait for a moderator" in edit_link().text)
    axe("the listings page with a change waiting")
    fits("the listings page with a change waiting")
    driver.get(public)
    live = after_heading(WEEK)
    check("the public page still shows the published summary",
          "survey, measure and report" in live and "and present" not in live, live[:400])

    # Its dates are relied on (places are pledged to the hub's round): refused plainly.
    edit_link().find_element(By.PARTIAL_LINK_TEXT, "Edit").click()
    after_heading("Edit:")
    check("the form says the change waits", "Your changes below wait for a moderator" in main_text())
    # The same week, a week later.
    for which in ["start", "end"]:
        parts = [f"session_{which}_1", f"session_{which}_1-month", f"session_{which}_1-year"]
        boxes = [driver.find_element(By.ID, part) for part in parts]
        day, month, year = (int(box.get_attribute("value")) for box in boxes)
        moved = datetime.date(year, month, day) + datetime.timedelta(days=7)
        for box, value in zip(boxes, [moved.day, moved.month, moved.year]):
            box.clear()
            box.send_keys(str(value))
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Continue']").click()
    summary, focused = error_summary()
    check("moving the dates is refused in words", "cannot change now that places are requested" in summary.text, summary.text)
    check("the error summary takes the focus", focused)
    axe("the edit form with a refused date change")
    fits("the edit form with a refused date change")
    summary.find_element(By.TAG_NAME, "a").click()
    check("the summary's link leads to the first date",
          driver.switch_to.active_element.get_attribute("id").startswith("session_start_1"),
          driver.switch_to.active_element.get_attribute("id"))

    # A spreadsheet with a bad row: every problem with its line and column; nothing saved.
    upload(HEADER + GOOD.format(day="2027-13-40"), "bad.csv")
    summary, focused = error_summary()
    check("a bad row is named by line and column", "Line 2 (up-1), Fixed dates" in summary.text, summary.text)
    check("the error summary takes the focus", focused)
    axe("the upload form with problems")
    fits("the upload form with problems")

    # A good one: the preview, then saved with its counts.
    upload(HEADER + GOOD.format(day="2027-09-14"), "listings.csv")
    preview = after_heading("Check the upload before saving it")
    check("the preview lists the new listing and saves nothing yet",
          "New listings (1)" in preview and "Welding taster" in preview and "Nothing has been saved yet" in preview, preview[:500])
    axe("the upload preview")
    fits("the upload preview")
    driver.find_element(By.XPATH, "//main//button[normalize-space()='Save 1 change']").click()
    wait.until(EC.url_contains("done=uploaded"))
    check("saving shows the counts", "Uploaded: 1 new, 0 changed, 0 unchanged, 0 closed." in main_text(), main_text()[:300])
    check("the new listing is on the list", "Welding taster" in main_text())
    sign_out()
finally:
    run.finish()
