"""The review desk: a small server-rendered FastAPI app.

Every page needs a login (anonymous requests are redirected to ``/login``); viewers
read, editors also record reviews. Logins are throttled, hashed a few at a time, logged,
and sessions are rows that logout ends (``factdesk.review.auth``). Each form carries the session's CSRF token and a
POST without it is refused (403). Sessions are signed cookies (HttpOnly, SameSite=Lax);
pages are sent with a Content-Security-Policy that allows no script at all.
"""


import datetime as dt
import hmac
import logging
import secrets
from collections.abc import Iterator
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from factdesk.errors import FactdeskError, StoreError, UsageError
from factdesk.review.accounts import authenticate
from factdesk.review.auth import (
    MAX_WAITING,
    HashGate,
    LoginLimits,
    end_session,
    record_failure,
    refusal,
    session_user,
    start_session,
)
from factdesk.review.claimreview import claimreview_document, claimreview_one
from factdesk.review.desk import add_comment, bulk_accept, desk_users, update_document
from factdesk.review.jsonld import JSONLDResponse
from factdesk.review.queue import queue_page
from factdesk.review.render import render, stylesheet
from factdesk.review.reviews import add_review, latest_run
from factdesk.review.view import LABELS, from_run
from schemas.desk import STATUSES
from schemas.review import UserRow

log = logging.getLogger("factdesk.review.auth")
MAX_ID = 2**63 - 1  # the largest integer id SQLite and PostgreSQL (bigint) hold
SESSION_COOKIE = "factdesk_session"
SESSION_MAX_AGE = 12 * 3600
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


class LoginRequired(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(Exception):
    pass


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, sent: str) -> None:
    expected = request.session.get("csrf") or ""
    if not expected or not hmac.compare_digest(expected.encode(), sent.encode()):
        raise Forbidden("The form's CSRF token is missing or wrong: reload the page and try again.")


def _security_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def create_app(*, engine: Engine, secret_key: str, https_only: bool = False,
               limits: LoginLimits | None = None) -> FastAPI:
    """``https_only`` sets the cookie's Secure flag (``FACTDESK_COOKIE_SECURE``); ``limits`` are the
    login throttles (default: from the settings)."""
    limits = limits or LoginLimits.from_settings()
    gate = HashGate(limits.hash_concurrency)
    app = FastAPI(title="factdesk review desk", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SessionMiddleware, secret_key=secret_key, session_cookie=SESSION_COOKIE,
                       max_age=SESSION_MAX_AGE, same_site="lax", https_only=https_only)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        return _security_headers(await call_next(request))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        # runs outside the middleware above (Starlette's ServerErrorMiddleware): set the headers here
        log.error("internal error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
        return _security_headers(PlainTextResponse("Internal error", status_code=500))

    def db() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    def current_user(request: Request, session: Annotated[Session, Depends(db)]) -> UserRow:
        uid, sid = request.session.get("uid"), request.session.get("sid")
        user = session_user(session=session, token=sid) if isinstance(sid, str) else None
        if user is None or user.id != uid:  # logged out, reset, disabled or expired: the cookie is dead
            request.session.clear()
            raise LoginRequired()
        return user

    DB = Annotated[Session, Depends(db)]
    User = Annotated[UserRow, Depends(current_user)]

    def page_(request: Request, template: str, status: int = 200, **ctx: object) -> HTMLResponse:
        html = render(template, csrf=csrf_token(request), labels=LABELS, statuses=STATUSES, **ctx)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return page_(request, "error.html", status=403, user=None, title="Forbidden", message=exc.message)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return page_(request, "error.html", status=404, user=None, title="Not found", message=str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if not isinstance(request.session.get("uid"), int):  # unknown paths too: nothing without a login
            return await _login(request, LoginRequired())
        return page_(request, "error.html", status=exc.status_code, user=None, title="Cannot do that",
                    message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if not isinstance(request.session.get("uid"), int):
            return await _login(request, LoginRequired())
        where = ", ".join(".".join(str(p) for p in e.get("loc", ())) for e in exc.errors())
        return page_(request, "error.html", status=400, user=None, title="Cannot do that",
                    message=f"Invalid request: {where}")

    @app.exception_handler(FactdeskError)
    async def _bad(request: Request, exc: FactdeskError) -> Response:
        status = 404 if isinstance(exc, StoreError) and str(exc).startswith("no run") else 400
        return page_(request, "error.html", status=status, user=None, title="Cannot do that", message=str(exc))

    @app.get("/static/desk.css", include_in_schema=False)
    def css() -> Response:
        return PlainTextResponse(stylesheet(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002
        return page_(request, "login.html", user=None, next=_local(next), error=None)

    @app.post("/login")
    async def login(request: Request, name: Annotated[str, Form()] = "",
                    password: Annotated[str, Form()] = "", csrf_token: Annotated[str, Form()] = "",
                    next: Annotated[str, Form()] = "/") -> Response:  # noqa: A002
        check_csrf(request, csrf_token)
        address = (request.client.host if request.client else "") or "unknown"

        def refused() -> str | None:
            with Session(engine) as session:
                return refusal(session=session, limits=limits, name=name, address=address)

        reason = await run_in_threadpool(refused)  # no password is hashed for a refused login
        if reason is not None:
            return page_(request, "login.html", status=429, user=None, next=_local(next), error=reason)
        if not await gate.enter():
            log.warning("login from %s turned away: %d password checks already waiting", address, MAX_WAITING)
            return page_(request, "login.html", status=503, user=None, next=_local(next),
                        error="The desk is busy checking passwords. Try again in a moment.")

        def attempt() -> str | None:
            with Session(engine) as session:
                user = authenticate(session=session, name=name, password=password)
                if user is None:
                    record_failure(session=session, limits=limits, name=name, address=address)
                    return None
                request.session.clear()  # a new session (and CSRF token) at every login
                request.session["uid"] = user.id
                return start_session(session=session, limits=limits, user=user)

        try:
            token = await run_in_threadpool(attempt)
        finally:
            gate.leave()
        if token is None:
            return page_(request, "login.html", status=401, user=None, next=_local(next),
                        error="Unknown user name or wrong password.")
        request.session["sid"] = token
        return RedirectResponse(_local(next), status_code=303)

    @app.post("/logout")
    def logout(request: Request, session: DB, csrf_token: Annotated[str, Form()] = "") -> Response:
        check_csrf(request, csrf_token)
        sid = request.session.get("sid")
        if isinstance(sid, str):
            end_session(session=session, token=sid)  # a copied cookie stops working too
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request, session: DB, user: User, label: str = "", date_from: str = "",
              date_to: str = "", source: str = "", q: str = "", status: str = "", assignee: str = "",
              page: int = 1) -> HTMLResponse:
        if label and label not in LABELS:
            raise UsageError(f"unknown verdict {label!r}")
        result = queue_page(session=session, page=page, label=label or None, date_from=_date(date_from, "from"),
                            date_to=_date(date_to, "to"), source=source.strip() or None, search=q.strip() or None,
                            status=status or None, assignee=assignee.strip() or None)
        filters = {"label": label, "date_from": date_from, "date_to": date_to, "source": source, "q": q,
                   "status": status, "assignee": assignee}
        return page_(request, "queue.html", user=user, result=result, items=result.items, filters=filters,
                     users=desk_users(session=session), query=_query(filters))

    @app.get("/documents/{document_id}")
    def document(document_id: int, session: DB, user: User) -> Response:
        if not 0 < document_id <= MAX_ID:  # an id no store can hold is simply not there
            raise NotFound(f"no document {document_id}")
        run_id = latest_run(session=session, document_id=document_id)
        if run_id is None:
            raise NotFound(f"no document {document_id}")
        return RedirectResponse(f"/runs/{run_id}", status_code=303)

    @app.get("/runs/{run_id}", response_class=HTMLResponse)
    def run_page(request: Request, run_id: str, session: DB, user: User) -> HTMLResponse:
        return page_(request, "document.html", user=user, view=from_run(session=session, run_id=run_id),
                     users=desk_users(session=session))

    @app.post("/runs/{run_id}/claims/{claim_id}/review")
    def review(request: Request, run_id: str, claim_id: int, session: DB, user: User,
               csrf_token: Annotated[str, Form()] = "", action: Annotated[str, Form()] = "",
               label: Annotated[str, Form()] = "", correction: Annotated[str, Form()] = "",
               note: Annotated[str, Form()] = "") -> Response:
        check_csrf(request, csrf_token)
        if user.role != "editor":
            raise Forbidden("Viewers cannot change verdicts.")
        if not 0 < claim_id <= MAX_ID:
            raise NotFound(f"run {run_id} has no claim {claim_id}")
        add_review(session=session, run_id=run_id, claim_id=claim_id, user=user, action=action,
                   label=label or None, correction=correction, note=note)
        view = from_run(session=session, run_id=run_id)
        anchor = next((c.anchor for c in view.claims if c.id == claim_id), "")
        return RedirectResponse(f"/runs/{run_id}#{anchor}", status_code=303)

    def editor(user: UserRow, what: str) -> None:
        if user.role != "editor":
            raise Forbidden(f"Viewers cannot {what}.")

    @app.post("/runs/{run_id}/workflow")
    def workflow(request: Request, run_id: str, session: DB, user: User, csrf_token: Annotated[str, Form()] = "",
                 status: Annotated[str, Form()] = "", assignee: Annotated[str | None, Form()] = None) -> Response:
        check_csrf(request, csrf_token)
        editor(user, "change a document")
        view = from_run(session=session, run_id=run_id)
        update_document(session=session, document_id=view.document_id, user=user, status=status or None,
                        assignee=assignee)
        return RedirectResponse(f"/runs/{run_id}#workflow", status_code=303)

    @app.post("/runs/{run_id}/comments")
    def comment(request: Request, run_id: str, session: DB, user: User, csrf_token: Annotated[str, Form()] = "",
                body: Annotated[str, Form()] = "", claim_id: Annotated[str, Form()] = "") -> Response:
        check_csrf(request, csrf_token)
        editor(user, "comment")
        view = from_run(session=session, run_id=run_id)
        if claim_id and not claim_id.isdigit():
            raise UsageError(f"invalid claim id {claim_id!r}")
        cid = int(claim_id) if claim_id else None
        if cid is not None and not 0 < cid <= MAX_ID:
            raise NotFound(f"run {run_id} has no claim {cid}")
        add_comment(session=session, document_id=view.document_id, run_id=run_id, user=user, body=body, claim_id=cid)
        anchor = next((c.anchor for c in view.claims if c.id == cid), "comments")
        return RedirectResponse(f"/runs/{run_id}#{anchor}", status_code=303)

    @app.post("/runs/{run_id}/accept-supported")
    def accept_supported(request: Request, run_id: str, session: DB, user: User,
                         csrf_token: Annotated[str, Form()] = "") -> Response:
        check_csrf(request, csrf_token)
        editor(user, "change verdicts")
        bulk_accept(session=session, run_id=run_id, user=user)
        return RedirectResponse(f"/runs/{run_id}", status_code=303)

    @app.get("/runs/{run_id}/claimreview.json")
    def export(run_id: str, session: DB, user: User) -> Response:
        return JSONLDResponse(claimreview_document(session=session, run_id=run_id))

    @app.get("/runs/{run_id}/claims/{claim_id}/claimreview.json")
    def export_one(run_id: str, claim_id: int, session: DB, user: User) -> Response:
        if not 0 < claim_id <= MAX_ID:
            raise NotFound(f"run {run_id} has no claim {claim_id}")
        return JSONLDResponse(claimreview_one(session=session, run_id=run_id, claim_id=claim_id))

    return app


def _local(target: str) -> str:
    """Only same-site paths are followed after login (no open redirect)."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _query(filters: dict[str, str]) -> str:
    """The queue's filters as a query string, for the page links (empty ones left out)."""
    from urllib.parse import urlencode

    return urlencode({k: v for k, v in filters.items() if v})


def _date(text: str, which: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"the {which} date must be YYYY-MM-DD, not {text!r}") from None
