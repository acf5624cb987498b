"""Browser test: the demo's rounds. The demo student finds the hub's open round from the menu,
sends the choices form empty (told plainly, the summary's link leads to the first choice),
chooses with the keyboard and sees the choice kept, then reads their result in the published
round; the demo careers leader reviews the
published Year 10 round (its rules, how far each place reached, each priority group, their
students without a place and why); the demo
provider sees the same round's cutoffs but not the groups. Keyboard focus, axe-core and a
390 px phone on every page."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from common import Run
from pages import Pages

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
pages = Pages(run)
fits, main_text, after_heading, sign_in, sign_out, error_summary = (
    pages.fits, pages.main_text, pages.after_heading, pages.sign_in, pages.sign_out, pages.error_summary)


def open_round(name):
    driver.find_element(By.XPATH, "//header//a[normalize-space()='Rounds']").click()
    rounds = after_heading("Allocation rounds")
    driver.find_element(By.LINK_TEXT, name).click()
    return rounds, after_heading(name)


try:
    sign_in("student")
    rounds, hub_round = open_round("Hub spring placements")
    check("the student sees both rounds", "Hub spring placements" in rounds and "Year 10 summer placements" in rounds, rounds[:300])
    check("the hub round gives its rules in words", "Who goes first" in hub_round and "Lottery number" in hub_round, hub_round[:500])
    axe("the hub round for a student")
    fits("the hub round for a student")
    driver.find_element(By.LINK_TEXT, "Make your choices").click()
    form = after_heading("Your choices")
    check("the form offers the bridge week", "Your 1st choice" in form, form[:300])
    check(
        "the only choice is the bridge week",
        [o.text for o in Select(driver.find_element(By.ID, "choice-1")).options][1:] == ["Year 10 bridge inspection week – Tyne Engineering Ltd"],
    )
    axe("the choices form")
    fits("the choices form")

    # Sent without a choice: told plainly, the summary's link leads to the 1st choice.
    driver.find_element(By.XPATH, "//main//button[contains(., 'Save choices')]").click()
    summary, focused = error_summary()
    check("an empty form is refused plainly", "Choose at least your 1st choice" in summary.text, summary.text)
    check("the error summary takes the focus", focused)
    axe("the choices form with a problem")
    summary.find_element(By.TAG_NAME, "a").click()
    check("following the link focuses the 1st choice", driver.switch_to.active_element.get_attribute("id") == "choice-1")
    # The keyboard chooses: arrow down to the first place, then submit with Enter from the button.
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    button = driver.find_element(By.XPATH, "//main//button[contains(., 'Save choices')]")
    button.send_keys(Keys.ENTER)
    wait.until(EC.url_contains("done=saved"))
    saved = main_text()
    check("the choices are saved", "Choices saved" in saved, saved[:300])
    chosen = Select(driver.find_element(By.ID, "choice-1")).first_selected_option.text
    check("the choice is kept", chosen.startswith("Year 10 bridge inspection week"), chosen)
    axe("the saved choices")
    # The published round tells the student their result in words.
    _, summer_for_student = open_round("Year 10 summer placements")
    check("the student reads their result", "Your result" in summer_for_student
          and "You have a place at your 1st choice: Year 10 workshop placement." in summer_for_student, summer_for_student[:500])
    check("the student sees no other student", "without a place" not in summer_for_student)
    axe("the published round for a student")
    fits("the published round for a student")
    sign_out()

    # The careers leader reviews the published round of their school.
    sign_in("careers-leader")
    _, summer = open_round("Year 10 summer placements")
    check("the round is published", "Offers made" in summer, summer[:300])
    check("each place says how far it reached", "How far places reached" in summer, summer[:1200])
    check("the leader sees each priority group", "By priority group" in summer and "Disadvantaged" in summer, summer[-800:])
    shares = [
        cell.text
        for cell in driver.find_elements(
            By.XPATH, "//table[caption[contains(., 'Placed by priority group')]]//td[@data-label='Placed']")
    ]
    check(
        "each group's share is a percentage or held back (c, low, z)",
        len(shares) == 4 and all(re.fullmatch(r"\d+%|c|low|z", share) for share in shares),
        str(shares),
    )
    reasons = [
        cell.text
        for cell in driver.find_elements(
            By.XPATH, "//table[caption[contains(., 'Students without a place')]]//td[@data-label='Why']")
    ]
    check("the leader sees their students without a place, each with why",
          "Your students without a place" in summer and reasons and all(r.startswith("Their 1st choice") or
                                                                      r.startswith("They ranked no place") for r in reasons),
          str(reasons[:2]))
    axe("the published round for its careers leader")
    fits("the published round for its careers leader")
    sign_out()

    # The provider sees the cutoffs of the places it pledged, and no group figures.
    sign_in("provider-admin")
    _, pledged = open_round("Year 10 summer placements")
    check("the provider sees how far places reached", "How far places reached" in pledged, pledged[:1200])
    check("the provider does not see the groups", "By priority group" not in pledged)
    check("the provider sees no student", "without a place" not in pledged)
    axe("the published round for a provider")
    sign_out()
finally:
    run.finish()
