## Statistics (/stats): the period and scope pickers, the summary card, charts, the report.
cmd-stats = Statistics, charts and the monthly report
stats-choose-period = 📊 Statistics: which period?
stats-this-month = This month
stats-last-month = Last month
stats-this-year = This year
stats-other-dates = 📅 Other dates
stats-dates-help = 📅 Type the first and last day after /stats, for example:
    /stats 2027-01-01 2027-03-31
stats-bad-dates = I could not read those dates. Type two days, the first before the last (at most three years apart), for example: /stats 2027-01-01 2027-03-31
stats-choose-scope = 📊 { $period }: the whole community, one building or one grid?
stats-whole = 🏘 Whole community
stats-building-button = 🏢 { $name }
stats-grid-button = 🗺 Grid { $name }
stats-scope-all = Whole community
stats-scope-building = Building { $name }
stats-scope-grid = Grid { $name }
stats-period = { $start } to { $end }
stats-export-month = 📥 Export this month (.xlsx)
stats-export = 📥 Export (.xlsx)
stats-export-caption = 📥 Report: { $scope }, { $period }
stats-monthly-caption = 📊 The monthly report for { $period } is attached: requests, notices, events, volunteers, the love bank and wishes, with charts.
stats-hours = { $hours } h
stats-days = { $days } d
stats-unknown = —
stats-card = 📊 { $scope } · { $period }
    📨 Requests: { $filed } filed, { $answered } answered, { $resolved } resolved, { $referred } referred, { $open } still open
    ⏱ First answer: median { $response_median }, 90% within { $response_p90 }; { $within } within target
    ✅ Resolved: median { $resolution_median }, 90% within { $resolution_p90 }
    ⚠️ Overdue { $overdue } · reopened { $reopened } · rating { $rating }
    👥 Residents: { $registered } registered ({ $joined } new), { $reachable } reachable · { $languages }
    📢 Notices: { $notices } sent to { $recipients }: { $delivered } delivered, { $unreachable } not delivered, { $replies } replies
    📅 Events: { $held } held, { $taken } of { $offered } places taken, { $came } of { $signed } came, { $waiting } waiting
    🙋 Volunteers: { $active } active of { $approved }, { $hours } hours, { $points } points earned; slots { $filled } of { $needed } filled, { $no_shows } no-shows; { $rewards } rewards ({ $spent } points)
    🌟 Wishes: { $wishes } raised, { $fulfilled } fulfilled, median { $wish_days }
stats-card-topics = 🗳 Topics: { $raised } raised, { $accepted } accepted, { $declined } declined, { $supports } "me too"
stats-language = { $code ->
        [en] English
        [zh-hans] Chinese
        [none] unknown
       *[other] { $code }
    } { $count }
stats-category = { $category ->
        [repairs] Repairs
        [sanitation] Sanitation
        [neighbours] Noise and neighbours
        [security] Security
        [paperwork] Paperwork
        [elderly] Elderly or disabled
        [other] Other
       *[custom] { $category }
    }
stats-chart-empty = Nothing in this period
stats-chart-categories = Requests by category · { $period }
stats-chart-weekly = Filed and resolved each week · { $period }
stats-chart-buildings = Buildings · { $period }
stats-chart-filed = Filed
stats-chart-resolved = Resolved
stats-chart-week-of = Week starting
stats-col-building = Building
stats-col-households = Households
stats-col-filed = Requests
stats-col-per-100 = Per 100 households
stats-col-open = Open
stats-col-overdue = Overdue
stats-sheet-summary = Summary
stats-sheet-requests = Requests
stats-sheet-notices = Notices
stats-sheet-events = Events
stats-sheet-volunteers = Volunteers
stats-sheet-ledger = Love bank
stats-sheet-wishes = Wishes
stats-sheet-charts = Charts
stats-col-figure = Figure
stats-col-value = Value
stats-col-number = Number
stats-col-category = Category
stats-col-status = Status
stats-col-resident = Resident
stats-col-unit = Unit
stats-col-phone = Phone
stats-col-filed-at = Filed
stats-col-due-at = Target
stats-col-answered-at = First answer
stats-col-resolved-at = Resolved
stats-col-closed-at = Closed
stats-col-owner = Owner
stats-col-rating = Rating
stats-col-escalated = Escalated
stats-col-referral = Referred to
stats-col-description = Description
stats-col-title = Title
stats-col-kind = Kind
stats-col-audience = Audience
stats-col-recipients = Recipients
stats-col-delivered = Delivered
stats-col-failed = Not delivered
stats-col-replies = Replies
stats-col-starts = Starts
stats-col-place = Place
stats-col-capacity = Places
stats-col-taken = Taken
stats-col-checked-in = Came
stats-col-waiting = Waiting
stats-col-volunteer = Volunteer
stats-col-area = Area
stats-col-hours = Hours
stats-col-points = Points
stats-col-slots = Slots
stats-col-no-shows = No-shows
stats-col-at = When
stats-col-note = Note
stats-col-balance = Balance
stats-col-fulfilled-at = Fulfilled
stats-yes = yes
stats-no = no
