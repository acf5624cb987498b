"""Browser test: an offer from the demo's published Year 10 round, all the way to a placement.
The demo student reads why they got it, sends the form without an answer (and is told plainly),
accepts with the keyboard; the demo parent sends the consent form empty (every problem listed),
then signs it with a hostile medical note; the demo provider sees the placement with only what
hosting needs, the note as text. Keyboard focus, axe-core and a 390 px phone on every page.
Runs before the accounts test, which changes a demo password."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

from common import Run
from pages import UPN, Pages

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
pages = Pages(run)
fits, main_text, after_heading, sign_in, sign_out, error_summary = (
    pages.fits, pages.main_text, pages.after_heading, pages.sign_in, pages.sign_out, pages.error_summary)
HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> needs an inhaler'


try:
    # The student finds the offer from the navigation and reads why they got it.
    sign_in("student")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Offers']").click()
    offers = after_heading("Your offers")
    check("the student's offers list the workshop", "Year 10 workshop placement" in offers and "Answer by" in offers, offers[:300])
    axe("the student's offers")
    fits("the student's offers")
    driver.find_element(By.LINK_TEXT, "Year 10 workshop placement").click()
    offer = after_heading("Year 10 workshop placement")
    check("the offer says why", "Why you got this place" in offer and "1st choice" in offer, offer[:400])
    check("the offer gives the dates and what to bring", "Dates" in offer and "closed shoes" in offer, offer[:600])
    axe("the offer")
    fits("the offer")

    # Sent without an answer: told plainly, the summary's link leads to the first option.
    driver.find_element(By.XPATH, "//main//button[contains(., 'Send your answer')]").click()
    summary, focused = error_summary()
    check("no answer is refused plainly", "Select whether you want this place" in summary.text, summary.text)
    check("the error summary takes the focus", focused)
    link = summary.find_element(By.TAG_NAME, "a")
    check("the summary links to the question", link.get_attribute("href").endswith("#answer"), link.get_attribute("href"))
    axe("the offer with a problem")
    link.click()
    check("following the link focuses the first option", driver.switch_to.active_element.get_attribute("id") == "answer")
    driver.switch_to.active_element.send_keys(Keys.SPACE)
    driver.find_element(By.XPATH, "//main//button[contains(., 'Send your answer')]").click()
    wait.until(EC.url_contains("done=accepted"))
    accepted = main_text()
    check(
        "accepting says a parent is asked",
        "You accepted the place. A parent or carer has been asked for consent." in accepted
        and "waiting for a parent or carer's consent" in accepted,
        accepted[:400])
    axe("the accepted offer")
    sign_out()

    # The parent follows the next step, sends the form empty, then signs it.
    sign_in("parent")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Offers']").click()
    children = after_heading("Your children's offers")
    check("the parent sees their child's offer waiting for them", "Give or refuse consent" in children, children[:300])
    axe("the parent's offers")
    fits("the parent's offers")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Give or refuse consent").click()
    form = after_heading("Consent for")
    check("the consent form repeats the placement's facts", "Year 10 workshop placement" in form and "Tyne Engineering" in form, form[:400])
    axe("the consent form")
    fits("the consent form")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Send')]").click()
    summary, focused = error_summary()
    for problem in ["Select whether you give consent", "Enter your full name to sign"]:
        check(f"the empty form says: {problem}", problem in summary.text, summary.text)
    check("the consent form's error summary takes the focus", focused)
    axe("the consent form with problems")
    fits("the consent form with problems")
    # Giving consent needs the emergency contact and the declaration too: all named at once.
    driver.find_element(By.ID, "decision").click()
    driver.find_element(By.ID, "emergency_phone").send_keys("call me")
    driver.find_element(By.ID, "medical_notes").send_keys(HOSTILE)
    driver.find_element(By.ID, "signed_name").send_keys("Ada Okafor")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Send')]").click()
    summary, _ = error_summary()
    for problem in [
        "Enter the name of an emergency contact", "Enter a telephone number, like", "Enter how the emergency contact is related",
        "Confirm that you have read the placement's details and agree",
    ]:
        check(f"giving consent without the rest says: {problem}", problem in summary.text, summary.text)
    check("what the parent typed is kept", driver.find_element(By.ID, "medical_notes").get_attribute("value") == HOSTILE)
    check("the choice is kept", driver.find_element(By.ID, "decision").is_selected())
    driver.find_element(By.ID, "emergency_name").send_keys("Ada Okafor")
    driver.find_element(By.ID, "relationship").send_keys("Mother")
    driver.find_element(By.ID, "declaration").click()
    phone = driver.find_element(By.ID, "emergency_phone")
    phone.clear()
    phone.send_keys("07700 900 982")
    driver.find_element(By.XPATH, "//main//button[contains(., 'Send')]").click()
    wait.until(EC.url_contains("done=consented"))
    confirmed = main_text()
    check("consenting confirms the placement", "Thank you: the placement is confirmed." in confirmed, confirmed[:300])
    axe("the confirmed offer")
    sign_out()

    # The provider sees the placement: the contact and the note, as text; nothing private.
    sign_in("provider-admin")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Placements']").click()
    placements = after_heading("Students coming on placements")
    check("the provider sees the confirmed placement", "Year 10 workshop placement" in placements and "07700 900 982" in placements,
          placements[:400])
    check("the hostile note is shown as text", HOSTILE in placements and not driver.find_elements(By.CSS_SELECTOR, "main img"))
    check("the page title is untouched", driver.title != "pwned", driver.title)
    check("no UPN reaches the provider", not UPN.search(driver.page_source))
    check("no date of birth or equity facts", all(word not in placements for word in ["Date of birth", "Disadvantaged", "SEN"]))
    axe("the provider's placements")
    fits("the provider's placements")
    sign_out()
finally:
    run.finish()
