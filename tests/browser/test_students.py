"""Browser test: the careers leader imports a cohort file (a refused file first, then a good one),
checks the preview, confirms, and finds the students in the list and on their record pages;
keyboard focus, axe-core and a 390 px phone on every page of the path. Uses the demo accounts
and Excelsior Academy's demo cohort that `serve --demo` seeds."""
import datetime
import os
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from common import BASE, PASSWORDS, Run
from pages import Pages

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
pages = Pages(run)
fits, main_text, after_heading, sign_in, sign_out, error_summary = (
    pages.fits, pages.main_text, pages.after_heading, pages.sign_in, pages.sign_out, pages.error_summary)
LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(serial):
    """A valid UPN (the DfE check letter) that the demo cohort does not use."""
    rest = "8012000" + "15" + str(1000 + serial)[-3:]
    return LETTERS[sum(int(c) * (i + 2) for i, c in enumerate(rest)) % 23] + rest


def cohort_file(rows):
    handle = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False)
    handle.write("UPN,Legal Surname,Forename,DOB,NC Year Actual,FSM Eligible,SEN Status,Postcode,Gender\n")
    handle.write("\n".join(rows) + "\n")
    handle.close()
    return handle.name


def upload(path):
    driver.get(BASE + "/students/import")
    driver.find_element(By.ID, "file").send_keys(path)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()


try:
    sign_in("careers-leader@demo.wexchange.test", PASSWORDS["careers-leader"])

    driver.find_element(By.LINK_TEXT, "Students").click()
    wait.until(EC.url_contains("/students"))
    intro = driver.find_element(By.CSS_SELECTOR, "main").text
    check("the demo cohort is on the list", "on roll" in intro and "Showing 1 to 50 of" in intro, intro[:200])
    fits("/students")

    driver.find_element(By.LINK_TEXT, "Import students").click()
    wait.until(EC.presence_of_element_located((By.ID, "file")))
    fits("/students/import")

    # A file with a mistyped UPN and an impossible date: refused, every problem named, nothing saved.
    bad = cohort_file([f"{upn(1)},Quarrington,Zebedee,2011-09-14,10,Y,K,NE1 4ST,F", "A801200001001,Bad,Check,2011-02-30,10,N,N,,M"])
    upload(bad)
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("a bad file shows every problem", "fails its check" in summary.text and "not a date" in summary.text, summary.text)
    check("the error summary has focus", driver.switch_to.active_element.get_attribute("id") == "error-summary")
    check("the title starts with Error:", driver.title.startswith("Error: "), driver.title)
    fits("/students/import with problems")

    good = cohort_file([f"{upn(1)},Quarrington,Zebedee,2011-09-14,10,Y,K,NE1 4ST,F", f"{upn(2)},Nowak,Zofia,2012-01-20,9,N,N,NE15 6AF,F"])
    upload(good)
    wait.until(EC.presence_of_element_located((By.XPATH, "//h1[contains(., 'Check the import')]")))
    main = driver.find_element(By.CSS_SELECTOR, "main").text
    check("the preview counts two new students", "New students (2)" in main and "Quarrington" in main, main[:300])
    check("the preview lists the columns left out", "Gender" in main)
    fits("the import preview")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Import 2 changes')]").click()
    wait.until(EC.url_contains("done=imported"))
    check("the import is confirmed", "Students imported." in driver.find_element(By.CSS_SELECTOR, "main").text)

    # A Common Transfer File through the same page: a pupil with a wrong check letter refused,
    # then the corrected file imported.
    def ctf_file(pupil_upn):
        handle = tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False)
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<CTfile><Header><DocumentName>Common Transfer File</DocumentName>'
                     '<CTFversion>20.0</CTFversion></Header><CTFpupilData><Pupil>'
                     f'<UPN>{pupil_upn}</UPN><Surname>Ahmed</Surname><Forename>Sara</Forename><DOB>2011-04-05</DOB>'
                     '<BasicDetails><NCyearActual>10</NCyearActual></BasicDetails><SENhistory><SEN><StartDate>2020-01-01</StartDate>'
                     '<SENprovision>E</SENprovision></SEN></SENhistory><Address><PostCode>NE1 4ST</PostCode></Address>'
                     '</Pupil></CTFpupilData></CTfile>\n')
        handle.close()
        return handle.name

    wrong = upn(3)
    wrong = ("A" if wrong[0] != "A" else "B") + wrong[1:]
    bad_ctf = ctf_file(wrong)
    upload(bad_ctf)
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("a CTF with a wrong check letter is refused naming the pupil", "fails its check" in summary.text, summary.text)
    good_ctf = ctf_file(upn(3))
    upload(good_ctf)
    wait.until(EC.presence_of_element_located((By.XPATH, "//h1[contains(., 'Check the import')]")))
    check("the CTF preview counts one new student", "New students (1)" in driver.find_element(By.CSS_SELECTOR, "main").text)
    fits("the CTF import preview")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Import 1 change')]").click()
    wait.until(EC.url_contains("done=imported"))

    # The new student is found by name, and their record names what the school keeps.
    driver.find_element(By.ID, "search").send_keys("Quarrington")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Show students')]").click()
    wait.until(EC.url_contains("search=Quarrington"))
    driver.find_element(By.LINK_TEXT, "Quarrington, Zebedee").click()
    record = after_heading("Zebedee")
    check("the record shows the UPN to the school", upn(1) in record, record[:300])
    check("the record shows SEN provision in words", "SEN support" in record)
    fits("a student's record")

    # Record an experience the school arranged itself: a mistake first, then the fix.
    driver.find_element(By.LINK_TEXT, "See the journey and progress").click()
    wait.until(EC.presence_of_element_located((By.XPATH, "//h1[contains(., 'journey')]")))
    fits("a student's journey")
    driver.find_element(By.LINK_TEXT, "Record an experience").click()
    wait.until(EC.presence_of_element_located((By.ID, "provider_name")))
    fits("the record-an-experience form")
    Select(driver.find_element(By.ID, "type")).select_by_visible_text("Workplace visit")
    driver.find_element(By.ID, "provider_name").send_keys("Quayside Studio")
    Select(driver.find_element(By.ID, "mode")).select_by_visible_text("In person")
    last_month = datetime.date.today().replace(day=1) - datetime.timedelta(days=20)
    for name in ("start", "end"):
        driver.find_element(By.ID, name).send_keys(str(last_month.day))
        driver.find_element(By.ID, f"{name}-month").send_keys(str(last_month.month))
        driver.find_element(By.ID, f"{name}-year").send_keys(str(last_month.year))
    driver.find_element(By.ID, "days").send_keys("3")
    driver.find_element(By.ID, "meaningful-reflection").click()
    driver.find_element(By.XPATH, "//main//button[contains(., 'Record the experience')]").click()
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("too many days for one date is refused plainly", "cannot be more than the days from start to end" in summary.text, summary.text)
    check("the error summary has focus on the form", driver.switch_to.active_element.get_attribute("id") == "error-summary")
    fits("the record-an-experience form with a problem")
    days = driver.find_element(By.ID, "days")
    days.clear()
    days.send_keys("1")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Record the experience')]").click()
    wait.until(EC.url_contains("done=recorded"))
    journey = driver.find_element(By.CSS_SELECTOR, "main").text
    check("the experience is on the timeline", "Workplace visit with Quayside Studio" in journey, journey[:400])

    # Accounts for Year 9: the sheet of sign-in names and one-time codes to print.
    driver.get(BASE + "/students")
    driver.find_element(By.LINK_TEXT, "Student accounts").click()
    wait.until(EC.presence_of_element_located((By.ID, "year")))
    fits("the student accounts page")
    Select(driver.find_element(By.ID, "year")).select_by_visible_text("Year 9")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Make accounts')]").click()
    sheet = after_heading("Sign-in codes")
    check("the sheet names Zofia Nowak with her code", "Zofia Nowak, Year 9" in sheet and "Your one-time code" in sheet, sheet[:300])
    card = driver.find_element(By.XPATH, "//li[contains(@class,'code-card')][.//h2[contains(., 'Zofia Nowak')]]")
    values = [dd.text for dd in card.find_elements(By.CSS_SELECTOR, "dd")]
    sign_in_name, code = values[0], values[1]
    fits("the sign-in sheet")

    driver.get(BASE + "/students/progress")
    progress = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "main"))).text
    check("the progress page lists students behind", "Students behind for their year" in progress and "Year 11" in progress, progress[:300])
    fits("/students/progress")
    chart = driver.find_element(By.CSS_SELECTOR, "figure.chart svg[role=img]")
    check("the equity chart is named for screen readers", chart.get_attribute("aria-labelledby") == "equity-chart-title equity-chart-desc")
    check("the chart's figures are also in a table", "Each year group by disadvantage and SEN provision" in progress)
    driver.find_element(By.LINK_TEXT, "Printable copy for inspection").click()
    printable = after_heading("Work experience and Benchmark 6")
    check("the printable copy lists everyone behind", "Work experience and Benchmark 6 at" in printable and "Students behind" in printable)
    fits("the printable inspection copy")
    driver.get(BASE + "/students/progress")
    driver.find_element(By.ID, "policy-report-2023").click()
    driver.find_element(By.XPATH, "//main//button[contains(., 'Save the target')]").click()
    wait.until(EC.url_contains("done=target"))
    check("the new target is in force", "Target: Two weeks of placements" in driver.find_element(By.CSS_SELECTOR, "main").text)
    driver.find_element(By.ID, "policy-statutory-2025").click()
    driver.find_element(By.XPATH, "//main//button[contains(., 'Save the target')]").click()
    # The address already says done=target: wait for the page that names the target put back.
    wait.until(lambda d: "Target: Statutory guidance" in main_text())

    # The demo student reflects on an experience: a missing rating first, then the fix.
    sign_out()
    sign_in("student@demo.wexchange.test", PASSWORDS["student"])
    driver.find_element(By.PARTIAL_LINK_TEXT, "journey").click()
    journey = after_heading("journey")
    check("the student sees their skills over time", "Skills over time" in journey, journey[:400])
    fits("the student's own journey")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Change the reflection").click()
    text = wait.until(EC.presence_of_element_located((By.ID, "reflection")))
    fits("the reflection form")
    text.clear()
    text.send_keys("I learned how the studio plans a week.")
    driver.execute_script("document.querySelectorAll('input[name=rating-teamwork]').forEach(r => r.checked = false)")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Save your reflection')]").click()
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("a skill left unrated is named plainly", "Choose how you did at teamwork, from 1 to 5" in summary.text, summary.text)
    check("the error summary has focus on the reflection form", driver.switch_to.active_element.get_attribute("id") == "error-summary")
    fits("the reflection form with a problem")
    summary.find_element(By.LINK_TEXT, "Choose how you did at teamwork, from 1 to 5").click()
    check("the error link lands on the first teamwork radio", driver.switch_to.active_element.get_attribute("id") == "rating-teamwork")
    driver.find_element(By.CSS_SELECTOR, "label[for=rating-teamwork-4]").click()
    driver.find_element(By.XPATH, "//main//button[contains(., 'Save your reflection')]").click()
    wait.until(EC.url_contains("done=reflected"))
    check("the reflection is on the journey", "I learned how the studio plans a week." in driver.find_element(By.CSS_SELECTOR, "main").text)

    # The hub coordinator sees the hub's schools in aggregate, with no student named.
    sign_out()
    sign_in("hub-coordinator@demo.wexchange.test", PASSWORDS["hub-coordinator"])
    driver.find_element(By.LINK_TEXT, "See the hub's progress").click()
    hub = after_heading("Progress in")
    check("the hub sees Excelsior Academy in aggregate", "Excelsior Academy" in hub and "Each school" in hub, hub[:300])
    check("the hub's page names no student", "Quarrington" not in hub and "/students/" not in driver.page_source)
    fits("the hub's progress")

    # Zofia types her code (wrongly first), chooses a password and signs in with her sign-in name.
    sign_out()
    driver.get(BASE + "/sign-in")
    driver.find_element(By.PARTIAL_LINK_TEXT, "one-time code").click()
    wait.until(EC.presence_of_element_located((By.ID, "code"))).send_keys("K7QX-M3PD-9HT")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Continue')]").click()
    summary = wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
    check("a short code is refused plainly", "Enter the 12 letters and numbers of your code" in summary.text, summary.text)
    fits("the code page with a problem")
    field = driver.find_element(By.ID, "code")
    field.clear()
    field.send_keys(code.lower())
    driver.find_element(By.XPATH, "//main//button[contains(., 'Continue')]").click()
    wait.until(EC.presence_of_element_located((By.ID, "password"))).send_keys("purple otter kayak")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(EC.url_contains("/home"))
    sign_out()
    sign_in(sign_in_name, "purple otter kayak")
    check("Zofia signs in with her sign-in name and sees her journey", "See your journey" in driver.find_element(By.CSS_SELECTOR, "main").text)
    for path in (bad, good, bad_ctf, good_ctf):
        os.unlink(path)
finally:
    run.finish()
