"""The integrator's scenario through the Python client generated from openapi.yaml (never edited).

Run against a started product, with the generated package on PYTHONPATH (nothing is pip-installed):
  PYTHONPATH=backend/target/generated-clients/python BASE_URL=http://localhost:8080 \
  E2E_ADMIN_EMAIL=... E2E_ADMIN_PASSWORD=... python3 backend/src/client-test/python/scenario.py
Prints TAP; SCENARIO_YEAR (default 2091) keeps its cost figures apart from other scenarios on the same database.
"""
import io
import os
import sys
import traceback
import uuid
import zipfile

import kompetenslaget_client as kl
from kompetenslaget_client.rest import ApiException

BASE_URL = os.environ.get("BASE_URL", "http://localhost:8080")
YEAR = int(os.environ.get("SCENARIO_YEAR", "2091"))
MUNICIPALITY = "2580"  # Luleå, in Norrbotten (25)

results = []


def check(description, condition, detail=""):
    results.append(bool(condition))
    print(f"{'ok' if condition else 'not ok'} {len(results)} - {description}")
    if not condition and detail:
        print("  # " + str(detail).replace("\n", "\n  # "))


def client(token=None, cookie=None):
    configuration = kl.Configuration(host=BASE_URL, access_token=token)
    if cookie:
        configuration.api_key["session"] = cookie
    return kl.ApiClient(configuration)


def answer_for(question):
    """A valid answer to a required question, by its type, for whatever the template holds."""
    kind = question.type.value if hasattr(question.type, "value") else question.type
    if kind == "text":
        return "scenario@example.se"
    if kind == "yes_no":
        return False
    if kind == "number":
        spec = question.number
        return float(spec.min) if spec is not None and spec.min is not None else 0
    if kind == "single_choice":
        return question.options[0].value
    if kind == "multiple_choice":
        return [option.value for option in question.options[: max(1, question.min_selected or 1)]]
    if kind == "date":
        return str(question.date_min or "2026-01-15")
    raise AssertionError(f"no scripted answer for a required {kind} question {question.id}")


def scenario():
    email, password = os.environ["E2E_ADMIN_EMAIL"], os.environ["E2E_ADMIN_PASSWORD"]

    # Sign in once with e-mail and password; the session cookie creates the first token.
    signed_in = kl.SignInApi(client()).sign_in_with_http_info(kl.SignInRequest(email=email, password=password))
    set_cookie = signed_in.headers.get("Set-Cookie", "")
    cookie = set_cookie.split(";", 1)[0].split("=", 1)[1] if set_cookie.startswith("kl_session=") else None
    check("signIn sets the session cookie", signed_in.status_code == 200 and cookie, set_cookie)
    created = kl.APITokensApi(client(cookie=cookie)).create_my_token(kl.ApiTokenRequest(
        name="Python scenario", scopes=["read", "admin", "costs:write", "surveys:manage", "tokens:write"],
        expires_in_days=1))
    check("createMyToken from the session returns the value once", created.value.startswith("klt_"))

    admin = client(token=created.value)
    me = kl.SignInApi(admin).get_me()
    check("getMe with the token: a personal token", me.kind == "personal_token", me)

    page = kl.MunicipalitiesApi(admin).list_municipalities(county="25", size=100)
    codes = [m.code for m in page.items]
    check("listMunicipalities(county=25): Norrbotten's 14 municipalities, Luleå among them",
          page.total_items == 14 and MUNICIPALITY in codes and all(c.startswith("25") for c in codes), codes)

    # A token creates the municipality's integration token (tokens:write), no browser involved.
    integration = kl.APITokensApi(admin).create_municipality_token(MUNICIPALITY, kl.ApiTokenRequest(
        name="Lönesystemet (Python)", scopes=["costs:write", "read"]))
    check("createMunicipalityToken with a token", integration.token.municipality_code == MUNICIPALITY)
    system = client(token=integration.value)

    batch = kl.CostBatch(lines=[
        kl.CostLine(year=YEAR, service_area="hsl", hired_cost=100000, own_cost=900000),
        kl.CostLine(year=YEAR, service_area="aldre", hired_cost=50000, own_cost=950000),
    ])
    key = f"python-scenario-{uuid.uuid4()}"
    costs = kl.StaffingAgencyCostsApi(system)
    first = costs.report_cost_lines_with_http_info(MUNICIPALITY, batch, idempotency_key=key)
    check("reportCostLines with an Idempotency-Key stores two lines (created, or unchanged on a rerun)",
          first.status_code == 200 and first.data.received == 2 and first.data.created + first.data.unchanged == 2,
          first.data)
    replay = costs.report_cost_lines_with_http_info(MUNICIPALITY, batch, idempotency_key=key)
    check("the replay returns the same answer, marked Idempotent-Replayed",
          replay.data == first.data and replay.headers.get("Idempotent-Replayed") == "true", replay.headers)
    lines = costs.list_cost_lines(MUNICIPALITY, year=YEAR)
    check("listCostLines: stored once", lines.total_items == 2, lines.total_items)

    shares = kl.StaffingAgencyCostsApi(admin).get_hired_staff_shares(YEAR, county="25")
    check("getHiredStaffShares(county=25): 150 000 of 2 000 000 is 7.5 %",
          float(shares.total.share) == 7.5 and shares.total.municipalities_reporting == 1, shares.total)
    series = kl.StaffingAgencyCostsApi(admin).get_hired_staff_share_series(YEAR, YEAR, county="25")
    values = {(v.kpi, v.municipality): float(v.value) for v in series if v.period == YEAR}
    check("getHiredStaffShareSeries: Luleå and the county at 7.5 %",
          values.get(("KL_HIRED_SHARE", MUNICIPALITY)) == 7.5 and values.get(("KL_HIRED_SHARE", "0025")) == 7.5,
          values)

    surveys = kl.SurveysApi(admin)
    templates = {t.key for t in surveys.list_questionnaire_templates()}
    check("listQuestionnaireTemplates offers the Norrbotten interview", "norrbotten-interview" in templates, templates)
    draft = surveys.import_questionnaire_template(
        "norrbotten-interview", kl.TemplateImportRequest(owner_county_code="25"),
        idempotency_key=f"python-template-{uuid.uuid4()}")
    opened = surveys.open_questionnaire(draft.id)
    check("importQuestionnaireTemplate, then openQuestionnaire", str(opened.status.value if hasattr(
        opened.status, "value") else opened.status) == "open", opened.status)
    invited = surveys.invite_municipalities(opened.id, kl.InvitationRequest(
        target="municipalities", municipality_codes=[MUNICIPALITY]))
    check("inviteMunicipalities: one respondent link", invited.created == 1 and len(invited.invitations) == 1)

    respondent = kl.AnsweringApi(client())  # the link is the credential
    link = invited.invitations[0].token
    form = respondent.get_respondent_form_with_http_info(link)
    questions = [q for section in form.data.definition.sections for q in section.questions]
    answers = {q.id: answer_for(q) for q in questions if q.required and q.show_if is None}
    first_text = next(q for q in questions if (q.type.value if hasattr(q.type, "value") else q.type) == "text")
    answers[first_text.id] = "Svårt att rekrytera socionomer till barn och unga."
    submitted = respondent.submit_answers(link, form.headers.get("ETag"), kl.AnswersUpdate(answers=answers))
    check("getRespondentForm, then submitAnswers through the link",
          str(submitted.status.value if hasattr(submitted.status, "value") else submitted.status) == "submitted",
          submitted)

    body = kl.SurveyResultsApi(admin).export_responses(opened.id, format="xlsx")
    check("exportResponses(xlsx) comes back as bytes, not text", isinstance(body, (bytes, bytearray)), type(body))
    check("the bytes start with the zip signature", bytes(body[:4]) == b"PK\x03\x04", body[:4])
    with zipfile.ZipFile(io.BytesIO(bytes(body))) as workbook:
        names = workbook.namelist()
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode("utf-8")
    check("the XLSX opens and holds the submitted answer",
          "xl/workbook.xml" in names and "socionomer" in sheet, names)


def main():
    try:
        scenario()
    except ApiException as error:
        check(f"the scenario ran to its end (HTTP {error.status})", False, f"{error.reason}: {error.body}")
    except Exception:  # noqa: BLE001 - any failure is reported as a failed TAP point
        check("the scenario ran to its end", False, traceback.format_exc())
    print(f"1..{len(results)}")
    print(f"# pass {sum(results)}")
    print(f"# fail {len(results) - sum(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
