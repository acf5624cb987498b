"""Browser test: a request for a place, from the student's click to the provider's answer.
The demo student finds Tyne Engineering's taster day, asks with a note too long (told plainly,
focus on the summary, its link on the note box), then with a hostile note; the demo provider
reads who asks with only what deciding needs (the note as text, no UPN), declines one of the
school's requests with a reason and accepts the student's with the keyboard; the student
follows the request to the offer. Keyboard focus, axe-core and a 390 px phone on every page.
Runs before the accounts test, which changes a demo password."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, Run
from pages import UPN, Pages

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
pages = Pages(run)
fits, main_text, after_heading, sign_in, sign_out, error_summary = (
    pages.fits, pages.main_text, pages.after_heading, pages.sign_in, pages.sign_out, pages.error_summary)
HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> I mend bikes'
TASTER = "Year 10 maintenance taster day"


try:
    # The student finds the taster day and opens its request form from the page.
    sign_in("student")
    driver.get(BASE + "/?q=maintenance+taster")
    driver.find_element(By.LINK_TEXT, TASTER).click()
    listing = after_heading(TASTER)
    check("the page says how requests work", "Request a place:" in listing and "answers within 10 days" in listing, listing[-600:])
    driver.find_element(By.LINK_TEXT, "Request a place").click()
    form = after_heading("Request a place")
    check("the form names the opportunity and the student", TASTER in form and "Tyne Engineering" in form, form[:400])
    axe("the request form")
    fits("the request form")

    # Too long a note: the summary takes the focus and leads to the box, which keeps the text.
    driver.find_element(By.ID, "message").send_keys("a" * 650)
    driver.find_element(By.XPATH, "//main//button[contains(., 'Send request')]").click()
    summary, focused = error_summary()
    check("a long note is refused plainly", "must be 600 characters or fewer (it has 650)" in summary.text, summary.text)
    check("the error summary takes the focus", focused)
    link = summary.find_element(By.TAG_NAME, "a")
    check("the summary links to the note", link.get_attribute("href").endswith("#message"), link.get_attribute("href"))
    axe("the request form with a problem")
    fits("the request form with a problem")
    link.click()
    box = driver.switch_to.active_element
    check("following the link focuses the note", box.get_attribute("id") == "message")
    check("the note is kept", len(box.get_attribute("value")) == 650)
    box.clear()
    box.send_keys(HOSTILE)
    box.send_keys(Keys.TAB, Keys.ENTER)
    wait.until(EC.url_contains("done=sent"))
    mine = after_heading("Your requests for places")
    check("the request is waiting", "Request sent." in mine and TASTER in mine and "Waiting for the provider" in mine, mine[:400])
    axe("the student's requests")
    fits("the student's requests")
    sign_out()

    # The provider reads who asks: the note as text, nothing private.
    sign_in("provider-admin")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Requests']").click()
    waiting = after_heading("Requests for places")
    check("three requests wait", waiting.count("asks for “" + TASTER) == 3, waiting[:600])
    check("the hostile note is shown as text", HOSTILE in waiting and not driver.find_elements(By.CSS_SELECTOR, "main img"))
    check("the page title is untouched", driver.title != "pwned", driver.title)
    check("no UPN reaches the provider", not UPN.search(driver.page_source))
    check("no date of birth or equity facts", all(word not in waiting for word in ["Date of birth", "Disadvantaged", "SEN support"]))
    axe("the provider's requests")
    fits("the provider's requests")

    # Decline one of the school's requests with a reason, typed and sent from the keyboard.
    cards = driver.find_elements(By.CSS_SELECTOR, "main li.card")
    school_card = next(card for card in cards if HOSTILE not in card.text)
    reason = school_card.find_element(By.CSS_SELECTOR, "input[name='reason']")
    reason.send_keys("The taster day is for students who can stand for long periods <b>sorry</b>", Keys.ENTER)
    wait.until(EC.url_contains("done=declined"))
    declined = main_text()
    check("declining says the student was told", "Request declined. The student has been told." in declined, declined[:300])

    # Accept the student's request with the keyboard.
    cards = driver.find_elements(By.CSS_SELECTOR, "main li.card")
    mine_card = next(card for card in cards if HOSTILE in card.text)
    accept = mine_card.find_element(By.XPATH, ".//button[contains(., 'Accept and offer the place')]")
    accept.send_keys(Keys.ENTER)
    wait.until(EC.url_contains("done=accepted"))
    answered = main_text()
    check("accepting offers the place", "the student has been offered the place" in answered and "Place offered" in answered,
          answered[:600])
    check("one request still waits", answered.count("asks for “" + TASTER) == 1, answered[:600])
    axe("the provider's answered requests")
    fits("the provider's answered requests")
    sign_out()

    # The student follows the request to the offer.
    sign_in("student")
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Requests']").click()
    after_heading("Your requests for places")
    driver.find_element(By.PARTIAL_LINK_TEXT, "See the offer").click()
    offer = after_heading(TASTER)
    check("the offer waits for the student's answer", "Send your answer" in offer, offer[:400])
    axe("the offer from a request")
    sign_out()
finally:
    run.finish()
