site-name = Kenes
site-tagline = Citizen grievances and dialogue
skip-to-content = Skip to content
nav-label = Main navigation
nav-more = More
nav-home = Home
nav-track = Track a grievance
lang-label = Language

home-title = Be heard. Be answered.
home-lead = File a grievance with a state body, follow every step on an open timeline, and ask for a neutral mediator when you need dialogue rather than a letter.
home-cta-track = Track a grievance

how-title = How it works
how-file-title = File
how-file-text = Describe the problem in a few steps from any phone. You get a tracking code at once.
how-follow-title = Follow
how-follow-text = Every step is on the timeline, with the legal deadline: 15 working days.
how-mediate-title = Talk it through
how-mediate-text = A certified mediator brings you and the responsible body together to agree on a solution.

levels-title = Three levels of mediation
level-local = Local: district and city akimats
level-regional = Regional: public mediation centres of the regions
level-national = National: the national mediation centre

stats-title = The portal today
stat-total = grievances filed
stat-open = being handled
stat-mediation = in mediation
stat-resolved = resolved

recent-title = Recent public grievances
recent-empty = No public grievances yet.
author-hidden = Name hidden
author-seen-by-few = hidden from the public: only the author and the staff see this name

status-submitted = Submitted
status-accepted = Accepted
status-redirected = Redirected
status-extended = Deadline extended
status-answered = Answered
status-in_mediation = In mediation
status-resolved = Resolved
status-not_resolved = Not resolved
status-closed = Closed
status-rejected = Rejected
status-withdrawn = Withdrawn
status-reopened = Reopened
status-escalated = Escalated

track-title = Track a grievance
track-lead = Enter the tracking code you received when you filed.
track-label = Tracking code
track-hint = For example KZ-26-7F3K-92QD
track-submit = Show status
track-invalid = A tracking code looks like KZ-26-7F3K-92QD: "KZ", the year and two groups of four letters or digits.
track-not-found = No grievance has this tracking code. Check the code and try again.
track-status = Status
track-category = Category
track-place = Place
track-submitted = Filed on
track-due = Answer due by
track-overdue = The deadline has passed
track-days-left = { $n ->
    [one] 1 working day left
   *[other] { $n } working days left
}
track-private = This grievance is private: only its parties and the assigned staff see its text.

footer-text = Kenes is open-source software for citizen grievances and mediation.
notfound-title = Page not found
notfound-text = The page you asked for does not exist or has moved.
notfound-home = Go to the home page

nav-signin = Sign in
nav-signup = Create an account
field-email = E-mail
field-display-name = Display name
field-display-name-hint = Shown to others instead of your legal name.
field-password = Password
field-new-password = New password
field-password-hint = At least 8 characters; 15 or more is safer. A phrase of several words is easy to remember.
signup-title = Create an account
signup-submit = Create account
signup-done = Almost done: we have sent you an e-mail. Open the link in it to confirm your address.
signup-have-account = Already have an account? Sign in
signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgot your password?
signin-no-account = No account yet? Create one
verify-title = Confirm your e-mail
verify-lead = Press the button to confirm that this address is yours.
verify-submit = Confirm my e-mail
verify-done = Your e-mail is confirmed. You can sign in now.
verify-adopted = { $n ->
    [one] The grievance you filed with this address without an account is yours now: once signed in, you find it in My grievances.
   *[other] The { $n } grievances you filed with this address without an account are yours now: once signed in, you find them in My grievances.
}
reset-title = Reset your password
reset-lead = Enter your e-mail. If it belongs to an account, we will send a link to set a new password.
reset-submit = Send the link
reset-done = If this address has an account, a link is on its way. It works for one hour.
reset-new-title = Set a new password
reset-new-submit = Save the new password
reset-new-done = Your password is changed and every session was signed out. Sign in with the new password.
account-title = Your account
account-signout = Sign out
account-signout-all = Sign out everywhere
account-signout-all-hint = Signs out every browser and phone where you are signed in.
err-email-invalid = Enter an e-mail address like name@example.kz.
err-name-required = Enter a display name.
err-name-too-long = Use at most 80 characters.
err-password-too-short = Use at least 8 characters.
err-password-too-long = Use at most 128 characters.
err-password-common = This password is among the most common ones and easy to guess. Choose another.
err-credentials = Wrong e-mail or password.
err-not-verified = Confirm your e-mail first: open the link we sent you.
err-locked = Too many failed attempts for this account. Try again in { $minutes } min.
err-rate-limited = Too many attempts from your connection. Try again in { $minutes } min.
err-token-invalid = This link is invalid, already used or expired. Request a new one.
err-server = Something went wrong on our side. Please try again.
err-summary-title = There is a problem
err-summary-page-title = Error: { $title }
err-reference = (Reference for support: { $id })
err-storage-full = The server has run out of space, so nothing was saved. What you typed is still here: please try again later.
err-unavailable = The service is restarting. Nothing was saved; what you typed is still here. Please try again in a few seconds.
mail-verify-subject = Confirm your e-mail for Kenes
mail-verify-body = Hello,

    to finish creating your Kenes account, open this link:
    { $link }

    The link works for 48 hours. If you did not sign up, ignore this mail.
mail-existing-subject = Your Kenes account
mail-existing-body = Hello,

    someone tried to create a Kenes account with this address, but you already have one.
    If it was you, sign in, or set a new password here:
    { $link }
mail-reset-subject = Set a new Kenes password
mail-reset-body = Hello,

    to set a new password, open this link (it works for one hour):
    { $link }

    If you did not ask for it, ignore this mail; your password stays as it is.
mail-changed-subject = Your Kenes password was changed
mail-changed-body = Hello,

    your Kenes password was just changed and every session was signed out.
    If this was not you, reset your password at once.
mfa-title = Two-step sign-in
mfa-lead = Enter the 6-digit code from your authenticator app.
mfa-code = Code
mfa-code-hint = Or one of your recovery codes.
mfa-submit = Continue
err-code = This code is wrong or was already used. Wait for the next code and try again.
totp-title = Two-step sign-in
totp-lead = With two-step sign-in, a stolen password is not enough to enter your account. Staff must use it.
totp-start = Set up two-step sign-in
totp-step-app = Add Kenes to an authenticator app (for example FreeOTP or Aegis).
totp-open-app = Open in the app on this phone
totp-step-secret = Or type this key into the app:
totp-confirm = Turn on
totp-done = Two-step sign-in is on. Your other sessions were signed out.
totp-codes-lead = Keep these recovery codes somewhere safe. Each works once if you lose your phone; they are shown only now.
totp-on = Two-step sign-in is on for your account.
totp-required = Your account has a staff role: set up two-step sign-in before you can use it.
account-export = Download my data (JSON)
delete-title = Delete my account
delete-lead = Your account, sessions and mails are deleted for good. Grievances you filed stay on the public record, without your name ("deleted user"). Enter your password to confirm.
delete-submit = Delete my account for good
delete-done = Your account is deleted. Nothing personal about you is left in the portal.
err-password-wrong = This is not your password.
admin-roles-title = Staff roles
admin-roles-active = Active roles
admin-role = Role
admin-scope = Scope
admin-granted = Granted
admin-revoke = Revoke
admin-grant-title = Grant a role
admin-grant = Grant
admin-body = Responsible body
admin-body-hint = For officials: the code of their body.
admin-level = Level
admin-kato = Jurisdiction (KATO code)
admin-kato-hint = For coordinators of local and regional centres and for mediators, e.g. 11 or 1132.
admin-granted-done = The role is granted.
admin-revoked = The role is revoked.
role-official = Official
role-coordinator = Coordinator
role-mediator = Mediator
role-moderator = Moderator
role-administrator = Administrator
level-name-local = Local
level-name-regional = Regional
level-name-national = National
err-forbidden = You do not have the right to do this.
err-unknown-user = There is no account with this e-mail.
err-scope-required = This role needs this field.
err-unknown-kato = No jurisdiction has this KATO code.
err-unknown-role = Choose one of the roles.
nav-admin = Administration
profile-title = Name and language
profile-save = Save
profile-saved = Saved.
field-legal-name = Legal name (optional)
field-legal-name-hint = Never shown publicly; only staff handling your grievances see it.
field-locale = Language of the portal and of our mails
err-legal-name-too-long = Use at most 200 characters.
err-locale-invalid = Choose Kazakh, Russian or English.
password-title = Change password
password-submit = Change password
password-changed = Your password is changed. Your other sessions were signed out.
field-current-password = Current password
nav-file = File a grievance
home-cta-file = File a grievance
file-title = File a grievance
file-kind = Kind of appeal
kind-application = Application
kind-complaint = Complaint
kind-proposal = Proposal
kind-inquiry = Inquiry
kind-feedback = Feedback
file-category = Category
file-choose = Choose…
file-place = Place
file-place-hint = The district or city the problem is in.
file-region = Region or city of republican significance
file-region-any = Any region
file-region-show = Show its districts
file-alike-check = See if it is already reported
file-alike-title = Already reported?
file-alike-lead = Open grievances of this kind in this place. If one of them is your problem, support it instead of filing it again: the body sees how many people it concerns, and you hear of every step.
file-alike-kept = What you typed is saved as a draft: it will be here when you come back.
file-alike-none = Nothing of this kind is open in this place yet.
file-alike-choose = Choose the kind of problem and the district or city first.
card-supporters = { $n ->
    [one] 1 supporter
   *[other] { $n } supporters
}
file-landmark = Where exactly (optional)
file-landmark-hint = A street, a building or a landmark people know, e.g. “the well behind school 3”.
file-title-field = Title
file-title-hint = In a few words, e.g. “No hot water in building 5”.
file-body = Description
file-body-hint = What happened, where and since when. Up to 4,000 characters. Do not write other people's personal data.
file-lang = Language of your text
file-privacy = Who may see it
privacy-public_anonymous = Public without my name
privacy-public_anonymous-hint = Everyone can read the text; only the staff handling it see who filed.
privacy-public = Public with my display name
privacy-public-hint = Everyone can read it and see your display name.
privacy-private = Private
privacy-private-hint = Only you and the staff handling it.
file-submit = File the grievance
file-done = Your grievance is filed. We have sent you a confirmation mail.
file-done-keep = Keep the tracking code: with it you can follow every step.
file-follow = Follow it
my-title = My grievances
my-empty = You have not filed any grievance yet.
my-supported = Grievances I support
err-file-choose = Choose one of the options.
err-file-required = Fill this in.
err-file-too-short = Write a little more.
err-file-too-long = This is too long.
err-file-category-choose = Choose a category.
err-file-kato-choose = Choose the district or city the problem is in.
err-file-appeal_kind-choose = Choose the kind of appeal.
err-file-privacy-choose = Choose who may see it.
err-file-lang-choose = Choose the language of your text.
err-file-title-required = Give your grievance a title.
err-file-title-too-short = Write a little more in the title.
err-file-title-too-long = The title is too long.
err-file-body-required = Describe the problem.
err-file-body-too-short = Describe the problem in a little more detail.
err-file-body-too-long = The description is too long.
err-file-landmark-too-long = Where exactly: this is too long.
mail-filed-subject = Your grievance “{ $title }” ({ $code }) is filed
mail-filed-body = Hello,

    your grievance is filed with the tracking code “{ $title }” ({ $code }).
    The responsible body must answer within 15 working days. Follow every step here:
    { $link }
track-timeline = Timeline
actor-citizen = citizen
actor-official = official
actor-coordinator = coordinator
actor-mediator = mediator
actor-system = Kenes

## Grievance page and handling
g-body = Responsible body
g-body-none = not assigned yet
g-author = Filed by
g-supports = Supporters
g-duplicate-of = A duplicate of
g-answer = Answer
g-rated = Rated by the citizen: { $n } of 5
g-actions = What you can do
g-op-accept = Accept for handling
g-op-support = Support this grievance
g-support-lead = Is this your problem too? Your support shows the body how many people it concerns.
g-support-signin = Sign in to support it
g-op-close = I am satisfied: close
g-op-withdraw = Withdraw
g-op-answer = Send the answer
g-op-extend = Extend the deadline
g-op-redirect = Redirect
g-op-reject = Reject
g-op-escalate = Escalate to the next level
g-op-link = Link as a duplicate
g-op-rate = Rate the answer
g-op-reopen = Reopen
g-answer-answer = Answer to the citizen
g-answer-preview-button = Preview the answer
g-answer-preview = The citizen will receive this answer
g-reject-reason = Reason for rejecting
g-escalate-reason = Reason for escalating
g-reopen-reason = Why the answer does not solve the problem
g-withdraw-warning = A withdrawn grievance is closed for good: it cannot be reopened, and the body stops working on it.
g-withdraw-reason = Why you are withdrawing it
g-withdraw-confirm = Yes, withdraw it for good
err-g-withdraw-unconfirmed = Tick the box to confirm that you are withdrawing it for good.
g-op-hide = Take out of public view
g-hide-warning = Only you and the staff who handle it will see it. It is handled as before, but it leaves the public list and its supporters no longer hear of it. It cannot be made public again.
g-hide-confirm = Yes, take it out of public view for good
err-g-hide-unconfirmed = Tick the box to confirm that it leaves public view for good.
g-hide-moderator = Its text breaks the rules (insults, someone else's personal data): only its author and the staff will see it. The author is told why.
g-hide-reason = Which rule it breaks
err-g-already-private = It is already out of public view.
g-done-hide = It is out of public view now: only its author and the staff see it.
g-event-hidden = Taken out of public view
g-op-report = Report this grievance
g-report-reason = What breaks the rules
g-report-hint = Insults, threats, or someone else's personal data (a name with an address, a phone number). A moderator of the region looks at it; nobody learns who reported it.
err-g-reported = You have already reported this grievance.
g-done-report = Thank you. A moderator will look at it.
g-reports = Readers reported:
g-op-dismiss-reports = Nothing against the rules: dismiss the reports
g-done-dismiss-reports = The reports are dismissed.
err-g-report-settled = There are no open reports on it.
err-g-answer-too-short = A legal answer needs at least 20 characters: say what was done or decided.
g-extend-until = New deadline
g-extend-reason = Reason for the extension (the citizen is told)
g-redirect-body = Competent body
g-redirect-reason = Why it is outside your competence
g-link-of = Tracking code of the original grievance
g-link-candidates = Possibly the same problem
g-link-candidates-lead = Open grievances of the same kind in the same place, filed before this one. Once linked, this grievance follows that one's timeline, and its supporters count for that one.
g-link-this = Link to this one
g-rate-legend = How good was the answer? (1 bad – 5 good)
g-done-accept = Accepted. The citizen has been told.
g-done-redirect = Redirected. The citizen has been told.
g-done-extend = Deadline extended. The citizen has been told.
g-done-answer = Answer sent.
g-done-reject = Rejected. The citizen has been told.
g-done-escalate = Escalated to the next level.
g-done-withdraw = You withdrew the grievance.
g-done-close = Closed. Thank you.
g-done-reopen = Reopened. The body has a new deadline.
g-done-support = Thank you for your support. We will write to you when it is answered or moves on (your mail settings can turn this off).
g-op-unsupport = Withdraw my support
g-done-unsupport = Your support is withdrawn; you will no longer hear of it.
err-g-not-supported = You do not support this grievance.
g-done-rate = Thank you for rating the answer.
g-done-link = Linked as a duplicate.
g-event-rated = Rated the answer { $n } of 5
g-event-overdue = Deadline { $due } missed: escalated
g-event-duplicate-of = Linked as a duplicate of { $code }
g-event-duplicate-linked = { $code } linked as a duplicate
err-g-required = Please fill this in.
err-g-too-short = Please write at least 10 characters.
err-g-too-long = At most 4,000 characters.
err-g-choose = Please choose from the list.
err-g-body-choose = Choose the body to send the grievance to.
err-g-rating-choose = Choose a mark from 1 to 5.
err-g-q_neutral-choose = Choose a mark from 1 to 5.
err-g-q_heard-choose = { err-g-q_neutral-choose }
err-g-q_clear-choose = { err-g-q_neutral-choose }
err-g-q_again-choose = { err-g-q_neutral-choose }
err-g-languages-choose = Choose the languages from the list.
err-g-specialisations-choose = Choose the fields from the list.
err-g-redirect-late = A grievance may be redirected only within 3 working days of receipt.
err-g-date = Enter a date as YYYY-MM-DD.
err-g-not-later = The new deadline must be later than the current one.
err-g-too-late = The deadline may be extended to at most 2 months after filing.
err-g-top-level = The grievance is already at the national level.
err-g-reopen-late = A grievance can be reopened only within 30 days of the answer.
err-g-not-answered = There is no answer to rate yet.
err-g-own = You cannot support your own grievance.
err-g-already = You already support this grievance.
err-g-unknown = No grievance has this tracking code.
err-g-same = A grievance cannot be a duplicate of itself or of its own duplicate.
err-g-illegal = This step is not possible in the grievance's current state. Reload the page.

## Lists
list-title = Public grievances
list-region = Region
list-all = All
list-filter = Show
list-count = { $n ->
    [one] { $n } grievance
   *[other] { $n } grievances
}
list-pages = Pages
list-prev = Previous
list-next = Next
queue-title = Queue
queue-open = All open
nav-grievances = Grievances
nav-queue = Queue

## Mail preferences
mailprefs-title = Mail about my grievances
mailprefs-lead = Mails required by law (filing, extension, answer, rejection) always arrive. Choose which others you want.
mailprefs-legend = Also send me a mail when my grievance is
mailprefs-saved = Your choice is saved.
mailprefs-accepted = accepted for handling
mailprefs-redirected = redirected to another body
mailprefs-escalated = escalated to a higher level
mailprefs-deadline_missed = past its deadline
mailprefs-mediation = a mediation is proposed or moves on
mailprefs-queue = it reaches the queue of my body (staff)
mailprefs-supported-legend = Grievances I support
mailprefs-supported = tell me when one is answered, goes to mediation, is resolved, moves up a level or ends
account-mail-link = Mail preferences

## Grievance mails
mail-accepted-subject = Your grievance “{ $title }” ({ $code }) was accepted
mail-accepted-body = Hello,

    the responsible body accepted your grievance “{ $title }” ({ $code }) for handling.
    Follow it here: { $link }
mail-redirected-subject = Your grievance “{ $title }” ({ $code }) was redirected
mail-redirected-body = Hello,

    your grievance “{ $title }” ({ $code }) is outside the first body's competence and was sent to: { $body }.
    Follow it here: { $link }
mail-extended-subject = The deadline for “{ $title }” ({ $code }) was extended
mail-extended-body = Hello,

    the deadline for your grievance “{ $title }” ({ $code }) was extended to { $until }.
    Reason: { $reason }
    Follow it here: { $link }
mail-answered-subject = Your grievance “{ $title }” ({ $code }) has an answer
mail-answered-body = Hello,

    the responsible body answered your grievance “{ $title }” ({ $code }):

    { $answer }

    Rate the answer on the grievance page, and reopen the grievance within 30 days if it does
    not solve the problem: { $link }
mail-rejected-subject = Your grievance “{ $title }” ({ $code }) was rejected
mail-rejected-body = Hello,

    your grievance “{ $title }” ({ $code }) was rejected.
    Reason: { $reason }
    You can reopen it within 30 days: { $link }
mail-escalated-subject = Your grievance “{ $title }” ({ $code }) moved up a level
mail-escalated-body = Hello,

    your grievance “{ $title }” ({ $code }) was escalated to the { $level } level.
    Reason: { $reason }
    Follow it here: { $link }
mail-missed-escalated-subject = The deadline for “{ $title }” ({ $code }) was missed
mail-missed-escalated-body = Hello,

    the body did not answer your grievance “{ $title }” ({ $code }) by { $due }. It has been escalated to the { $level } level, which has a new deadline.
    Follow it here: { $link }
mail-missed-subject = The deadline for “{ $title }” ({ $code }) was missed
mail-missed-body = Hello,

    the body did not answer your grievance “{ $title }” ({ $code }) by { $due }. The coordinators have been alerted.
    Follow it here: { $link }
track-open = Open the grievance page

## Bodies and routing
bodies-title = Bodies and routing
bodies-filter = Show rules for places under
bodies-filter-hint = A KATO code, e.g. 11 (a region) or 1132 (a district). Empty: every rule.
bodies-rules = Routing rules: a grievance goes to the body of the nearest, lowest-level rule that covers its place and category
bodies-delete = Delete
bodies-rule-title = Add a routing rule
bodies-rule-kato-hint = A KATO code: the rule covers every place under it. Empty: the whole country.
bodies-rule-add = Add the rule
bodies-body-title = Add or change a body
bodies-code = Body code
bodies-code-hint = Lowercase letters, digits and hyphens, e.g. akimat-1132-water. An existing code is updated.
bodies-name-kk = Name in Kazakh
bodies-name-ru = Name in Russian
bodies-name-en = Name in English
bodies-save = Save the body
bodies-saved = The body is saved.
bodies-rule-added = The rule is added.
bodies-deleted = The rule is deleted.
err-bodies-code = Use 3–64 lowercase letters, digits and hyphens.
err-bodies-choose = Choose from the list.
err-bodies-national = A national body has no KATO code.
err-bodies-required = Please fill this in.
err-bodies-unknown = There is no place with this KATO code.
file-draft = Save as a draft
file-draft-saved = Your draft is saved. It will be here when you come back.
file-draft-restored = Your draft of { $at } is restored.

## Filing without an account
file-guest-lead = You can file without an account: we send a link to your e-mail address to confirm it. With an account you keep all your grievances in one place:
file-guest-email-hint = We only use it to confirm the grievance and to tell you about it; it is never shown.
file-guest-pending-hint = The link works for 48 hours. Nothing is filed until you open it.
file-guest-sent = Almost done: we have sent a link to { $email }. Open it to file your grievance.
file-guest-again = No mail?
file-guest-again-hint = Look in the spam folder first. If the address is wrong, correct it here: the new link replaces the first.
file-guest-resend = Send the link again
err-file-email = Enter an e-mail address like name@example.kz.
err-file-too-many-filings = Too many grievances from this address in the last hour. Please try again later.
guest-confirm-title = Confirm your grievance
guest-confirm-lead = Press the button to confirm your e-mail address and file the grievance.
guest-confirm-submit = Confirm and file
guest-keep-link = Keep this link (we have also mailed it): it is the only way to rate, reopen or withdraw the grievance without an account.
guest-already = This grievance was filed before. Your private link is in the mail we sent then.
guest-link-invalid = This link is not valid or has expired. If you asked for the link again, open the newest mail; otherwise please file the grievance again.
mail-guest-confirm-subject = Confirm your grievance for Kenes
mail-guest-confirm-body = Hello,

    open this link to confirm your e-mail address and file your grievance:
    { $link }
    If you did not fill in a grievance form, ignore this mail: nothing is filed.
mail-guest-filed-subject = Your grievance { $code } is filed
mail-guest-filed-body = Hello,

    your grievance is filed with the tracking code { $code }.
    The responsible body must answer within 15 working days. This is your private link to follow, rate, reopen or withdraw it; do not share it:
    { $link }
g-files = Photos and documents
g-attach-file = Photos or PDF documents
g-attach-hint = JPEG, PNG, WebP or PDF, up to 5 MB each, 5 in all.
g-op-attach = Attach
g-done-attach = Attached.
err-g-type = Only JPEG, PNG, WebP photos and PDF documents can be attached.
err-g-too-big = A file may be at most 5 MB.
err-g-too-many = A grievance may have at most 5 files.
err-file-type = Only JPEG, PNG, WebP photos and PDF documents can be attached. Please choose the files again.
err-file-too-big = A file may be at most 5 MB. Please choose the files again.
err-file-too-many = At most 5 files. Please choose the files again.

## Mediation
m-title = Mediation
m-lead = A neutral, certified mediator can bring you and the other side together to work out an agreement. Mediation is voluntary: both sides must agree.
g-m-request-hope = What do you hope mediation will achieve?
g-op-m-request = Ask for mediation
m-requested = Mediation has been asked for. It starts when both sides agree and a mediator without ties to either side confirms.
m-active = Mediation is under way.
m-party-citizen = Citizen
m-party-body = Responsible body
m-answer-consent = agrees
m-answer-decline = declines
m-answer-none = has not answered yet
m-mediator = Mediator
m-mediator-none = not chosen yet
g-op-m-consent = I agree to mediation
g-m-decline-reason = Why you decline (everyone sees this on the timeline)
g-op-m-decline = Decline mediation
g-m-object-objection = Why you object to this mediator (you can object once)
g-op-m-object = Object to the mediator
m-candidates = Mediators for this case, best match first
m-specialised = specialised in this kind of conflict
m-speaks = speaks the grievance's language
g-op-m-propose = Propose
m-no-conflict = I declare that I have no tie to either side and no conflict of interest in this case.
g-op-m-confirm = Take the case
g-done-m-request = Mediation asked for.
g-done-m-consent = Thank you: your agreement is recorded.
g-done-m-decline = Your answer is recorded.
g-done-m-object = Your objection is recorded; the coordinator will propose another mediator.
g-done-m-propose = Mediator proposed.
g-done-m-confirm = You have taken the case.
err-g-mediation-open = Mediation has already been asked for.
err-g-started = This mediation has already started.
err-g-no-mediator = No mediator has been proposed yet.
err-g-once = You have already objected once.
err-g-consent-missing = Both sides must agree to mediation first.
g-event-mediation_requested = Mediation asked for
g-event-mediation_consented = Agreed to mediation
g-event-mediation_declined = Declined mediation
g-event-mediator_proposed = Mediator proposed
g-event-mediator_objected = Objected to the mediator

## Mediators
mediator-title = My mediator profile
mediator-uncertified = No valid certification is recorded: you will not be proposed until an administrator records one.
mediator-certified = Certified by { $issuer }, no. { $number }, valid until { $until }.
mediator-bio = About you (shown to the parties)
mediator-languages = Languages you mediate in
mediator-specialisations = Specialisations
mediator-available = I can take new cases
mediator-ties = Declared ties
mediator-ties-lead = Declare every tie to a body, a place or a person. You are never proposed for a case that involves them.
mediator-tie-kind = Tie to
mediator-tie-value = Which one
mediator-tie-hint = A body's code, a place's KATO code, or a person's e-mail address.
mediator-tie-note = Note (optional)
mediator-tie-declare = Declare the tie
tie-body = a body
tie-place = a place
tie-person = a person
lang-kk = Kazakh
lang-ru = Russian
lang-en = English
spec-ethnomediation = ethnomediation
spec-social = social
spec-labour = labour
spec-family = family
spec-land = land
spec-housing = housing
spec-environment = environment
mediators-title = Mediators and certification
mediators-issuer = Issued by
mediators-number = Certificate number
mediators-valid-until = Valid until
mediators-certify = Record the certification

## Rooms
room-title = Dialogue room
room-not-found = There is no room here, or it is not open to you.
room-rules-title = Rules of the room
room-rule-1 = Speak about interests and facts, not about people.
room-rule-2 = No insults, threats or calls to hostility against any group.
room-rule-3 = What is said here stays here unless the parties agree to publish the outcome.
room-rule-4 = The mediator may hide messages, mute or lock the room; every such step is logged with its reason.
room-rules-accept = I accept the rules
room-replying = Replying to
room-message = Your message
room-send = Send
room-moderation = Moderation
room-reports = Reports
room-reason = Reason
room-lock = Lock the room
room-unlock = Reopen the room
room-locked = The room is locked: only the mediator writes.
room-slow = Slow mode: one message per participant every (seconds)
room-slow-seconds = Seconds between messages (0: off)
room-slow-set = Set slow mode
room-log = Moderation log
room-log-empty = Nothing has been moderated.
room-action-hide = message hidden
room-action-mute = participant muted
room-action-lock = room locked
room-action-unlock = room reopened
room-action-slow_mode = slow mode changed
room-edited = edited
room-hidden = Hidden by the moderator
room-reply = Reply
room-report = Report
room-act = Report…
room-act-moderator = Moderate…
room-edit = Edit
room-edit-save = Save the correction
room-reported = You reported this message. A moderator will look at it.
room-hide = Hide
room-mute = Mute
room-mute-minutes = For how many minutes
room-replies = Replies
room-open = Open the dialogue room
actor-moderator = moderator
err-room-required = Please fill this in.
err-room-too-long = At most 4,000 characters.
err-room-rules = Please accept the rules of the room first.
err-room-locked = The room is locked.
err-room-muted = You are muted for a while.
err-room-too-fast = Too many messages in a minute. Please wait a little.
err-room-slow-mode = Slow mode is on: please wait before your next message.
err-room-closed = This mediation has ended.
err-room-parent = That message is not in this room.
err-room-edit-late = A message can be edited only within 10 minutes.
err-room-already-hidden = This message is already hidden.
err-room-range = That number is out of range.
err-room-choose = Please choose from the list.
err-room-vote-choose = Choose agree, disagree or pass.
err-room-party-choose = Choose whose interests these are.
err-room-kind-choose = Choose how they take part.
err-room-accept-choose = Choose whether you accept the agreement.

## Deliberation
d-title = Working towards an agreement
d-interests = What each side needs
d-interests-none = The mediator has not summed up the interests yet.
d-party = Side
d-summary = Summary of this side's interests
d-pin = Pin the summary
d-proposals = Proposals
d-proposals-none = No proposal has been put on the table yet.
d-agree = agree
d-disagree = disagree
d-pass = pass
d-your-mark = Your mark
d-reason-optional = Why (optional)
d-mark = Mark
d-new-proposal = Your proposal
d-table = Table the proposal
d-agreement = Agreement
d-agreement-proposed = Awaiting both sides' answers.
d-agreement-accepted = Accepted by both sides.
d-agreement-none = No agreement has been drafted yet.
d-accepted = accepts
d-rejected = rejects
d-publish-yes = may be published
d-your-answer = Your answer
d-accept = I accept the agreement
d-reject = I reject the agreement
d-publish = The outcome may be published (without names or contact details)
d-reject-reason = Why you reject it (required when rejecting)
d-answer = Give my answer
d-draft = Draft of the agreement
d-draft-submit = Put the draft to both sides
d-end-reason = Why the mediation ends without agreement
d-end = End without agreement
err-room-none = There is no agreement to answer.
err-room-too-short = Please write a little more.
m-watch = Follow the dialogue (read only)
m-observers-on = The public may follow this room if the other side also agrees.
m-observers-off = The room is closed to the public.
m-observers-allow = Let the public follow the room
m-observers-stop = Close the room to the public
g-done-m-observers = Your choice about observers is saved.
room-observing = You are following this room as an observer: you can read, not write.
g-event-late = after the deadline
actor-stakeholder = invited participant
stakeholder-aksakal = aksakal
stakeholder-community_leader = community leader
stakeholder-association = ethnocultural association
stakeholder-expert = expert
room-people = Invited participants
room-people-none = Nobody else has been invited.
room-invite = Invite
room-invite-email = E-mail address of their Kenes account
room-invite-kind = Invited as
room-remove = Remove from the room
room-sessions = Sessions
room-sessions-none = No session is scheduled.
room-session-online = in this online room
room-session-minutes = minutes
room-session-cancelled = Cancelled
room-schedule = Schedule a session
room-session-starts = Date and time (Kazakhstan time)
room-session-length = Length in minutes
room-session-place = Place (leave empty to meet in this online room)
room-session-agenda = Agenda
room-session-cancel = Cancel the session
room-action-dismiss = report dismissed
room-dismiss = Dismiss the report
err-room-no-account = Nobody has a Kenes account with this address. Ask them to sign up first.
err-room-already = This person is already in the room.
err-room-email-invalid = Please enter an e-mail address.
err-room-when-invalid = Please enter a date and time.
err-room-past = This time has already passed.
err-room-too-far = Please schedule within a year.
err-room-place-too-long = At most 200 characters.
err-room-agenda-too-long = At most 2,000 characters.
err-room-started = A session that has started cannot be cancelled.
moderation-title = Moderation queue
moderation-empty = No open reports.
moderation-grievances = Reported grievances
moderation-reported = Reported message
moderation-in-room = in room
moderation-message-hidden = (already hidden)
mail-invited-subject = You are invited to a dialogue room: “{ $title }” ({ $code })
mail-invited-body = Hello,

    a mediator invited you, as { $kind }, into the dialogue room of grievance “{ $title }” ({ $code }).
    Please read the rules of the room when you enter: { $room }
mail-session-scheduled-subject = A mediation session for “{ $title }” ({ $code }) is scheduled
mail-session-scheduled-body = Hello,

    the mediator scheduled a session for grievance “{ $title }” ({ $code }):
    { $starts } (Kazakhstan time), { $minutes } minutes, { $place }.
    The room: { $room }
mail-session-cancelled-subject = The mediation session for “{ $title }” ({ $code }) is cancelled
mail-session-cancelled-body = Hello,

    the session of { $starts } (Kazakhstan time) for grievance “{ $title }” ({ $code }) is cancelled.
    Reason: { $reason }
    The room: { $room }
mail-mediation-requested-subject = Mediation is proposed for “{ $title }” ({ $code })
mail-mediation-requested-body = Hello,

    mediation is proposed for the grievance “{ $title }” ({ $code }): a certified, neutral mediator would
    help the citizen and the responsible body reach an agreement, in a dialogue room.
    What the one who asked hopes for: { $hope }
    Say yes or no on the grievance page: { $link }
mail-mediation-consented-subject = A party agreed to mediation on “{ $title }” ({ $code })
mail-mediation-consented-body = Hello,

    one side of the grievance “{ $title }” ({ $code }) agreed to mediation.
    Follow it here: { $link }
mail-mediation-declined-subject = Mediation on “{ $title }” ({ $code }) was declined
mail-mediation-declined-body = Hello,

    one side of the grievance “{ $title }” ({ $code }) declined mediation, so it will not take place.
    Reason: { $reason }
    The grievance goes on: { $link }
mail-mediator-asked-subject = You are asked to mediate “{ $title }” ({ $code })
mail-mediator-asked-body = Hello,

    the mediation centre asks you to mediate the grievance “{ $title }” ({ $code }).
    If nothing ties you to either side, confirm on the grievance page: { $link }
mail-mediator-proposed-subject = A mediator is proposed for “{ $title }” ({ $code })
mail-mediator-proposed-body = Hello,

    { $mediator } is proposed as the mediator of the grievance “{ $title }” ({ $code }).
    If you doubt their neutrality, you may object once, with a reason: { $link }
mail-mediation-started-subject = Mediation on “{ $title }” ({ $code }) has begun
mail-mediation-started-body = Hello,

    { $mediator } took the grievance “{ $title }” ({ $code }) as its mediator. The dialogue room is open:
    { $room }
mail-agreement-drafted-subject = A draft agreement on “{ $title }” ({ $code }) awaits your answer
mail-agreement-drafted-body = Hello,

    the mediator drafted an agreement for the grievance “{ $title }” ({ $code }). Read it and accept it or
    say why not, in the room: { $room }
mail-agreement-accepted-subject = Agreement reached on “{ $title }” ({ $code })
mail-agreement-accepted-body = Hello,

    both sides accepted the agreement on the grievance “{ $title }” ({ $code }), which is now resolved.
    The agreement and the record: { $link }
mail-in-queue-subject = A grievance reached your queue: “{ $title }” ({ $code })
mail-in-queue-body = Hello,

    the grievance “{ $title }” ({ $code }) is now your body's to handle; the answer is due by { $due }.
    Open it: { $link }
    Your queue: { $queue }
mail-supported-subject = News of a grievance you support: “{ $title }” ({ $code })
mail-supported-body = Hello,

    the grievance “{ $title }” ({ $code }), which you support, is now: { $status }.
    Read it here: { $link }

    You get this mail because you support this grievance. To stop such mails: { $prefs }
mail-hidden-subject = Your grievance “{ $title }” ({ $code }) was taken out of public view
mail-hidden-body = Hello,

    a moderator took your grievance “{ $title }” ({ $code }) out of public view: { $reason }
    It is handled as before; only you and the staff see it. Follow it here: { $link }
mail-linked-subject = Your grievance “{ $title }” ({ $code }) is linked to an earlier one
mail-linked-body = Hello,

    the staff who handle your grievance “{ $title }” ({ $code }) found that an earlier grievance is about the same problem, and linked the two: { $original }
    Your grievance is still answered. Its supporters and those of the earlier one now count together, so the body sees how many people the problem concerns.
    Follow yours here: { $link }
mail-reported-subject = A reader reported the grievance “{ $title }” ({ $code })
mail-reported-body = Hello,

    a reader reported the public grievance “{ $title }” ({ $code }) in your territory as breaking the rules.
    Read the reasons in your moderation queue: { $queue }
    On its page you take it out of public view or dismiss the reports: { $link }
nav-outcomes = Outcomes
outcomes-title = Published outcomes
outcomes-lead = How grievances ended, told without names, with the consent of the people involved. Search in Kazakh, Russian or English.
outcomes-query = Words to look for
outcomes-facet-region = Region
outcomes-facet-level = Level
outcomes-facet-category = Category
outcomes-facet-result = Result
outcomes-facet-year = Year
outcomes-facet-mediated = Mediation
outcomes-facet-kind = Kind
outcomes-kind-grievance = How a grievance ended
outcomes-kind-dialogue = Public dialogue
outcomes-mediated-yes = with mediation
outcomes-mediated-no = without mediation
outcomes-sort = Order
outcomes-sort-relevance = Best match first
outcomes-sort-newest = Newest first
outcomes-search = Search
outcomes-none = No published outcome matches.
outcomes-found = { $n ->
    [one] { $n } outcome
   *[other] { $n } outcomes
}
list-download = Download these results:
outcomes-back = All published outcomes
outcome-not-found = There is no published outcome here.
outcome-withdrawn = This outcome was withdrawn. The note below says why.
outcome-notes = Corrections and notes
outcome-note-corrected = Corrected
outcome-note-withdrawn = Withdrawn
outcome-filed = Filed
outcome-closed = Ended
outcome-days = Days from filing to the end
outcome-days-dialogue = Days from opening to the end
outcome-opened = Opened
result-agreement = Agreement reached
result-answered = Answer given
result-partial = Partially resolved
result-not_resolved = Not resolved
result-awaiting_answer = Report published, answer awaited
outcome-dialogue-link = Read the whole dialogue, its statements and its opinion map
outcome-prepare = Public outcome
outcome-link = Prepare the public outcome
outcome-public-link = Read the published outcome
outcome-open = Open its page
outcome-status-published = The outcome is published.
outcome-status-withdrawn = The outcome was withdrawn.
outcome-title-label = Title (no names)
outcome-summary-label = What happened and how it ended
outcome-summary-hint = No names, addresses, phone numbers, e-mail addresses or IINs. The text is checked before it is published.
outcome-result-label = Result
outcome-correction-note = What you corrected (shown with the outcome)
outcome-withdraw-note = Why the outcome is withdrawn (shown in its place)
outcome-op-publish = Publish the outcome
outcome-op-correct = Publish the correction
outcome-op-withdraw = Withdraw the outcome
outcome-flags = The text contains personal data. Rewrite these parts, then publish again:
outcome-field-title = Title
outcome-field-summary = Text
outcome-flag-email = e-mail address
outcome-flag-phone = phone number
outcome-flag-iin = IIN
outcome-flag-name = name of a person in the case
g-event-outcome_published = Outcome published
g-event-outcome_corrected = Published outcome corrected
g-event-outcome_withdrawn = Published outcome withdrawn
err-outcome-required = Please fill this in.
err-outcome-too-long = This is too long.
err-outcome-too-short = Please write at least 20 characters.
err-outcome-choose = Please choose from the list.
err-outcome-no-agreement = There was no agreement in this case.
err-outcome-personal = Remove the personal data listed above.
err-outcome-not-finished = An outcome can be published once the grievance is resolved, not resolved or closed.
err-outcome-no-consent = The parties did not both agree to publish the outcome.
err-outcome-no-consent-private = The citizen filed this grievance as private: its outcome is not published.
err-outcome-already = This outcome is already published.
err-outcome-withdrawn = A withdrawn outcome cannot be changed.
err-search = Search is unavailable for a moment. Please try again.
dash-title = Coordination dashboard
dash-not-coordinator = The dashboard is for coordinators of a mediation centre.
dash-open = Open
dash-overdue = Overdue
dash-due-week = Due within 7 days
dash-mediations = Mediations running
dash-weekly = New grievances per week
dash-week = Week from
dash-count = Grievances
dash-by-category = Open grievances by category
dash-alerts = Early warnings
dash-no-alerts = No open early warning.
dash-all-alerts = Show every open early warning
dash-sweep = Look for warning signs now
dash-raised = New early warnings
dash-note = Note
dash-to-acknowledged = Acknowledge
dash-to-closed = Close
err-dash-required = Please write a note.
err-dash-too-long = At most 1,000 characters.
err-dash-alert-state = This alert has already moved on. Reload the page.
alert-country = Kazakhstan
alert-kind-spike = Spike in new grievances
alert-kind-sensitive = Sensitive category
alert-kind-cluster = Cluster of similar grievances
alert-kind-surge = Support surge
alert-kind-overdue = Overdue grievances piling up
alert-kind-reopened = Reopened grievances piling up
alert-state-new = new
alert-state-acknowledged = acknowledged
alert-state-closed = closed
alert-why-spike = { $observed } new grievances about “{ $category }” in { $place } in the last 7 days, against { $expected } a week over the previous { $weeks } weeks. The chance of so many by normal variation: { $p }.
alert-why-sensitive = A new grievance in a sensitive category (“{ $category }”) in { $place }.
alert-why-cluster = { $count } grievances from { $place } about the same thing within { $days } days.
alert-why-surge = A public grievance in { $place } gained { $last } supporters in 24 hours (the day before: { $before }).
alert-why-overdue = { $body } has { $overdue } overdue grievances out of { $open } open.
alert-why-reopened = { $count } grievances reopened in { $place } within { $days } days.
mail-alert-subject = Early warning: { $kind }
mail-alert-body = Hello,

    { $why }

    See it, acknowledge it and close it on your dashboard: { $link }
nav-accountability = Accountability
acc-title = How bodies handle grievances
acc-lead = For each region, and within a region for each body: grievances handled, the share answered on time, the median days to an answer, how often mediation was used and how it ended, and the citizens' rating. Rows about fewer than five grievances show no numbers.
acc-body = Body
acc-all-regions = All regions
acc-handled = Handled
acc-on-time = Answered on time
acc-median = Median days to answer
acc-mediation = Mediated
acc-mediation-resolved = Mediations resolved
acc-rating = Rating (1–5)
acc-suppressed = fewer than 5 grievances: not shown
acc-csv = Download as CSV
dash-by-place = Open grievances by place
dash-map = Map of the regions
dash-measure = Shade the regions by
dash-measure-open = Open grievances
dash-measure-overdue = Overdue grievances
dash-measure-new = New grievances in the last 7 days
err-body-title = The form could not be sent
err-body-too-large = What you sent is larger than this site accepts. Attach at most five files of 5 MB each, and keep texts within their limits.
err-body-too-many-fields = The form you sent has more fields than any form of this site.
err-body-not-utf8 = The form you sent contains text in an encoding this site cannot read. Please send it again from the site's own page.
err-body-malformed = The form you sent could not be read. Please send it again from the site's own page.
err-body-back = Back to the home page

## Dates: the day, the month's name (in Russian, the genitive) and the year
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The public registry of mediators
registry-title = Mediators
registry-lead = Every certified mediator, with the languages they work in, the regions they serve, their fields and their record. A mediator is neutral: they decide nothing, they help both sides agree.
registry-language = Language
registry-specialisation = Field
registry-count = { $n ->
    [one] { $n } mediator
   *[other] { $n } mediators
}
registry-certification = Certification
registry-valid-until = valid until
registry-expired = expired
registry-whole-country = the whole country
registry-availability = Takes new cases
registry-available = yes
registry-unavailable = not at the moment
registry-not-found = There is no mediator here in the public registry.
registry-record = Record
registry-taken = Mediations taken
registry-ended = Mediations ended
registry-agreement-share = Ended in an agreement
registry-no-cases-ended = none ended yet
registry-median-days = Median time to an agreement
registry-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
mediator-hidden = Keep my profile out of the public registry of mediators

## What mediation is (/mediation)
about-title = What is mediation
about-lead = Mediation is a conversation led by a neutral mediator, in which the citizen and the responsible body look for a solution both can accept. The mediator decides nothing: the sides agree, or they do not, and the grievance goes on as before.
about-steps-title = The steps
about-step-1 = You file a grievance, and the responsible body accepts it.
about-step-2 = On the grievance's page you ask for mediation and say what you hope it will achieve. The other side says yes or no.
about-step-3 = The mediation centre proposes a certified mediator who works in your language and has declared no tie to either side. Either side may object.
about-step-4 = You talk in a moderated dialogue room under rules both sides accept: in writing, whenever it suits you, and in meetings the mediator arranges.
about-step-5 = Proposals are tabled and marked; the mediator drafts an agreement, which holds only when both sides accept it.
about-step-6 = The agreement resolves the grievance, and if both sides allow it, the outcome is published without names.
about-rights-title = Your rights
about-right-1 = Voluntary: nobody has to take part, and either side may leave at any time.
about-right-2 = Neutral: the mediator is independent, takes no side and decides nothing.
about-right-3 = Confidential: what is said in the room stays with the participants; only an outcome both sides allow is published, without names.
about-right-4 = Equal: both sides have the same right to speak, to propose and to refuse.
about-law-title = The law
about-law = The Law of the Republic of Kazakhstan "On Mediation" of 28 January 2011 sets these principles: mediation is voluntary; the sides are equal; the mediator is independent and impartial, and nobody may interfere in the procedure; what is said is confidential. An agreement is made in writing and is carried out by the sides themselves.
about-ask-title = How to ask for it
about-ask = Open your grievance's page once the body has accepted it, press "Ask for mediation" and say what you hope for. Signed in, you find your grievances under "My grievances"; as a guest, open the link from your mail.
about-stories-title = Cases that ended in an agreement
about-stories-none = No published outcome has used mediation yet.
about-stories-all = All published outcomes where mediation was used
nav-mediation = What is mediation

# An agreement's commitments, followed through.
c-title = Commitments of the agreement
c-number = Commitment { $n }
c-draft-hint = Write each commitment on its own row: who does what, by when, and how it will be checked. Leave unused rows empty.
c-party = Who
c-what = Does what
c-due = By (date)
c-check = How it will be checked
c-due-on = Due { $due }
c-note = Note (optional)
c-state-pending = Pending
c-state-done = Done
c-state-partly = Partly done
c-state-not_done = Not done
c-state-lapsed = Not done: nobody reported in time
c-said-responsible = The responsible side reported: { $kept }
c-said-other = The other side said: { $kept }
kept-done = done
kept-partly = partly done
kept-not_done = not done
c-report-legend = How did it go?
c-report-submit = Report
c-confirm-legend = Was it done?
c-confirm-submit = Confirm
g-done-c-report = Your report was recorded.
g-done-c-confirm = Your answer was recorded.
c-confirm-title = Was the commitment kept?
c-confirm-lead = The grievance “{ $title }” ({ $code }) ended in an agreement. Tell us whether this commitment was kept.
c-confirmed = Thank you. Your answer was recorded on the grievance's timeline.
c-back = Open the grievance
c-link-invalid = This link does not work: it was already used, it has expired, or it is not yours. You can still answer on the grievance's page after signing in.
err-g-settled = This commitment has already been settled.
err-g-kept-choose = Choose whether it was done.
err-g-line-too-long = At most 500 characters.
err-room-line-too-long = At most 500 characters.
err-room-future = The date must be later than today.
err-room-date = Enter a date as YYYY-MM-DD.
g-event-commitment_reported = Commitment { $n } reported as { $kept }
g-event-commitment_confirmed = Commitment { $n } confirmed as { $kept }
g-event-commitment_lapsed = Commitment { $n }: nobody reported in time ({ $kept })
g-event-agreement-not-kept = Agreement not kept (commitment { $n })
mail-commitment-due-subject = A commitment on “{ $title }” ({ $code }) is due
mail-commitment-due-body = Hello,

    commitment { $number } of the agreement on the grievance “{ $title }” ({ $code }) was due on { $due }:
    { $what }
    Please report on its page whether it was done: { $link }
mail-commitment-confirm-subject = Was the commitment on “{ $title }” ({ $code }) kept?
mail-commitment-confirm-body = Hello,

    commitment { $number } of the agreement on your grievance “{ $title }” ({ $code }) was due on { $due }:
    { $what }
    Tell us whether it was done. This link is for you only, works once and expires in 30 days:
    { $confirm }
    You may also answer on the grievance's page: { $link }
mail-commitment-reported-subject = A commitment on “{ $title }” ({ $code }) was reported on
mail-commitment-reported-body = Hello,

    the responsible side reported commitment { $number } ({ $what }) as { $said }.
    Say whether you agree on the grievance's page: { $link }
mail-agreement-not-kept-subject = The agreement on “{ $title }” ({ $code }) was not kept
mail-agreement-not-kept-body = Hello,

    commitment { $number } ({ $what }) of the agreement on the grievance “{ $title }” ({ $code }) was not kept.
    The grievance is open again, with a new deadline.
    { $link }
mail-agreement-not-kept-escalated-subject = The agreement on “{ $title }” ({ $code }) was not kept: the grievance goes up
mail-agreement-not-kept-escalated-body = Hello,

    commitment { $number } ({ $what }) of the agreement on the grievance “{ $title }” ({ $code }) was not kept.
    The grievance is open again and goes to the { $level } level, which has 15 working days to answer.
    { $link }
registry-commitment-share = Commitments of their agreements kept
registry-no-commitments = No commitment settled yet
fb-title = How did the mediation go?
fb-lead = Your answers are counted only together with others, never shown one by one and never with your name.
fb-neutral = The mediator was neutral
fb-heard = I was heard
fb-clear = The steps were clear
fb-again = I would use mediation again
fb-comment = Comment (optional)
fb-comment-hint = Only the mediation centre's coordinators read it.
g-op-m-feedback = Send my answers
g-done-m-feedback = Thank you for your answers.
err-g-feedback-given = Your side has already answered.
fb-record-title = What the parties said
fb-answers = { $n } answers, 1 (not at all) to 5 (fully)
fb-too-few = Not enough answers yet to show them.
fb-comments = Comments (only coordinators see these)
g-appeal-legend = Not satisfied with the answer?
g-appeal-hint = With a rating of 1 or 2, within 30 days of the answer, you may ask the next level to review it. It has 15 working days to answer, and the body that answered sees your appeal.
g-appeal-ask = Ask for review at the next level
g-appeal-reason = Why the answer does not solve your problem
err-g-appeal-rating = An appeal needs a rating of 1 or 2.
err-g-appeal-late = An answer can be appealed only within 30 days.
err-g-appeal-once = This answer has already been appealed.
err-g-appeal-state = Only an answered grievance can be appealed.
g-event-appealed = Appealed to the { $level } level
mail-appealed-subject = The answer to “{ $title }” ({ $code }) was appealed
mail-appealed-body = Hello,

    the citizen rated your body's answer to the grievance “{ $title }” ({ $code }) poorly and asked the { $level } level to review it:
    { $reason }
    { $link }
acc-accept-days = Median days to acknowledge
acc-agreements-kept = Agreements kept
acc-appeals = Answers appealed
acc-appeals-answered = Appeals answered
alert-kind-broken = A body breaks mediated agreements
alert-why-broken = { $body } did not keep its commitments in { $count } mediated agreements within { $days } days.
dash-late-commitments = Commitments past their due date
dash-late-none = No commitment is late.
m-public-mediator = Only a mediator whose profile and record the public can read
c-evidence = Evidence
c-evidence-file = Evidence: photos or PDF documents (optional)
nav-dialogues = Public dialogues
dialogues-title = Public dialogues
dialogues-lead = Communities deliberate on shared questions with a neutral facilitator. Anyone may read; signed-in people take part; the responsible bodies must answer.
dialogues-empty = No public dialogue yet.
dialogue-open = Open a dialogue
dialogue-open-lead = A coordinator's dialogue opens at once. A mediator's waits for a coordinator of the territory to approve it, and the mediator facilitates it.
dialogue-open-submit = Open the dialogue
dialogue-question = Question
dialogue-question-hint = 10 to 300 characters: what should the community settle?
dialogue-background-kk = Background in Kazakh
dialogue-background-ru = Background in Russian
dialogue-background-en = Background in English
dialogue-territory = Territory
dialogue-facilitator = Facilitator (a certified mediator)
dialogue-choose = Choose…
dialogue-opens-on = Opens on
dialogue-closes-on = Closes on
dialogue-body = Body that must answer
dialogue-grievances = Grievances it is about (optional)
dialogue-grievances-hint = Tracking codes, separated by spaces.
dialogue-residents-only = Only people who declare the territory as theirs take part
dialogue-phase-proposed = Waiting for approval
dialogue-phase-upcoming = Opens soon
dialogue-phase-open = Open
dialogue-phase-closed = Closed
dialogue-approve = Approve the dialogue
dialogue-bodies = Must answer
dialogue-taking-part = Taking part
dialogue-nobody-yet = nobody yet
dialogue-kind-citizen = citizens
dialogue-kind-aksakal = aksakals
dialogue-kind-community_leader = community leaders
dialogue-kind-association = associations
dialogue-kind-expert = experts
dialogue-kind-official = officials
dialogue-sign-in = Sign in to take part
dialogue-join = Take part
dialogue-resident = I live in { $place } or it is my community
dialogue-next = What do you think?
dialogue-all-voted = You have voted on every statement. Come back for new ones.
dialogue-agree = Agree
dialogue-disagree = Disagree
dialogue-pass = Pass
dialogue-your-vote = Your vote
dialogue-write = Add a statement
dialogue-statement = Statement
dialogue-statement-hint = One idea, at most 280 characters. Others will vote on it.
dialogue-write-submit = Add the statement
dialogue-seed = Seed a statement
dialogue-seed-submit = Add the seed statement
dialogue-held = Statements held for a look
dialogue-show = Show
dialogue-hide = Hide
dialogue-statements = Statements and votes
dialogue-map-title = Opinion map
dialogue-map-svg-title = Groups of participants who voted alike, sized by their members
dialogue-map-too-few = Groups appear when 15 people have each voted on at least 7 statements; { $eligible } have so far.
dialogue-map-no-camps = The votes show no clear groups.
dialogue-group-label = Group { $name }: { $size } people
dialogue-groups-caption = The groups and what sets each apart
dialogue-group = Group
dialogue-group-size = People
dialogue-group-apart = What sets it apart
dialogue-group-agrees = { $share }% agree
dialogue-group-disagrees = { $share }% disagree
dialogue-common-ground = Common ground
dialogue-common-ground-none = No statement is agreed across every group yet.
dash-open-dialogue = Open a public dialogue on this
err-dialogue-too-short = Too short.
err-dialogue-too-long = Too long.
err-dialogue-required = Please fill this in.
err-dialogue-unknown = Not found: check it.
err-dialogue-not-certified = Choose a mediator whose certification is valid.
err-dialogue-date = Enter a date.
err-dialogue-before-opening = The closing date comes before the opening date.
err-dialogue-past = The closing date has passed.
err-dialogue-twice = Given twice.
err-dialogue-question-too-short = Write the question in at least 10 characters.
err-dialogue-question-too-long = The question is too long: at most 300 characters.
err-dialogue-background-required = Give the background in at least one language.
err-dialogue-background-too-long = The background is too long.
err-dialogue-kato-unknown = Choose a territory from the list.
err-dialogue-opens_on-date = Enter the opening date.
err-dialogue-closes_on-date = Enter the closing date.
err-dialogue-bodies-required = Choose the body that must answer.
err-dialogue-bodies-unknown = Choose the body from the list.
err-dialogue-bodies-twice = A body is chosen twice.
err-dialogue-grievances-unknown = A tracking code was not found: check the codes.
err-dialogue-not-open = The dialogue is not open.
err-dialogue-closed = The dialogue is closed.
err-dialogue-choose = Choose agree, disagree or pass.
dialogue-report = Report
dialogue-report-publish = Publish the report
dialogue-report-groups = Groups and what set them apart
dialogue-recommendations = Recommendations to the bodies
dialogue-recommendations-hint = One point a line, at most 10. Each body answers every point.
dialogue-answer-due = The bodies answer by
dialogue-answer-of = The answer of { $body }
dialogue-answer-for = Answer for { $body }, point by point
dialogue-answer-submit = Publish the answer
dialogue-answer-waiting = Not answered yet
err-dialogue-not-closed = The report is published from the closing date.
err-dialogue-already = This is done already.
err-dialogue-too-many = At most 10 points.
err-dialogue-no-report = There is no report to answer yet.
err-dialogue-every-point = Answer every point, in at least 10 characters each.
dialogue-download = Download the statements and votes:
mail-dialogue-overdue-subject = Overdue answer to a public dialogue
mail-dialogue-overdue-body = Hello,

    The answer to the public dialogue “{ $question }” was due on { $due }. Still silent: { $bodies }.

    The dialogue now comes to you, one level up. Read the report and follow it up: { $link }
dialogue-escalated = The answer is overdue. On { $date } the dialogue went one level up, to the { $level } coordinators.
mail-dialogue-proposed-subject = A public dialogue waits for your approval
mail-dialogue-proposed-body = Hello,

    A mediator proposes a public dialogue in your territory: “{ $question }”. It stays hidden from the public until a coordinator approves it.

    Read it and approve it: { $link }
mail-dialogue-approved-subject = Your public dialogue is approved
mail-dialogue-approved-body = Hello,

    The public dialogue you facilitate, “{ $question }”, is approved and public now. Seed its first statements: { $link }
mail-dialogue-reported-subject = The report of a public dialogue is published
mail-dialogue-reported-body = Hello,

    The facilitator published the report of the public dialogue “{ $question }”: who took part, the common ground, and recommendations to the bodies. The bodies answer in public, point by point, within 15 working days.

    Read it: { $link }
mail-dialogue-answered-subject = A body answered a public dialogue
mail-dialogue-answered-body = Hello,

    { $body } answered the report of the public dialogue “{ $question }”, point by point.

    Read the answer: { $link }
dialogue-label-citizen = citizen
dialogue-label-aksakal = aksakal
dialogue-label-community_leader = community leader
dialogue-label-association = association
dialogue-label-expert = expert
dialogue-label-official = official
dialogue-label-title = Label a stakeholder
dialogue-label-lead = Aksakals, associations, experts and officials take part under a visible label, shown beside their statements. Name a participant by the e-mail address they signed up with; choose “citizen” to take a label back.
dialogue-label-kind = Label
dialogue-label-submit = Give the label
err-dialogue-choose-kind = Choose a label.
err-dialogue-not-participant = Nobody taking part has this address.
alert-kind-dialogue_hidden = A public dialogue hides far more than usual
alert-why-dialogue_hidden = In the public dialogue “{ $question }”, { $hidden } of { $new } statements written in the last 7 days were held or hidden; across dialogues { $usual }% usually are.
alert-kind-dialogue_drift = Groups in a public dialogue drift apart
alert-why-dialogue_drift = In the public dialogue “{ $question }”, the groups now vote { $apart } apart (0: alike, 1: opposite on everything), against { $last } a week ago.
dash-see-dialogue = Read the dialogue

dialogue-discussion = Discussion
dialogue-discussion-join = Join the dialogue above to take part in the discussion.
actor-facilitator = facilitator
err-room-not-open = The discussion is open only while the dialogue is.
