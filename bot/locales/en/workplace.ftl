## The staff workplace: the staff tools menu and its help.
menu-staff-tools = 🧰 Staff tools
ws-title = 🧰 Staff tools: choose a group.
ws-back = ⬅️ Back
ws-tool = /{ $command } · { $what }
ws-group-desk = 📥 Desk
ws-group-notices = 📢 Notices
ws-group-events = 📅 Events
ws-group-volunteers = 🙋 Volunteers and tasks
ws-group-wishes = 🌟 Wishes
ws-group-settings = ⚙️ Settings
ws-help-staff = 🧰 Your tools (all under "🧰 Staff tools"):
    📥 Desk: /queue lists open requests, overdue first; /proxy files a request for a resident without Telegram; /replies keeps saved replies, offered as buttons when you reply; /stats shows figures and charts and exports the monthly report.
    📢 Notices: /broadcast writes a notice to residents; /broadcasts shows the notices sent and planned.
    📅 Events: /newevent creates an event; /checkin CODE checks a guest in.
    🙋 Volunteers and tasks: /newtask posts a task; /volunteers approves volunteers; /addreward adds a reward; /honours shows who helped most.
    🌟 Wishes: /wishdesk lists wishes; /proxywish files one for a resident; /wishes, /partners, /wishpoints and /wishstall look after wishes, partners, points and stalls.
    🗳 Consultation: /topicdesk lists the topics waiting for review, with their cards; /proxytopic raises a topic for a resident without Telegram; /topicfrom R-000003 R-000007 makes one topic of several requests (or press "🗳 Raise as a topic" under a request's ✅ Close).
    🏛 Council: /council sets the next council (a date or a monthly rule), orders its agenda, chooses members, checks people in at the door and records the minutes.
ws-help-admin = ⚙️ Admin tools (group "⚙️ Settings"):
    /staff appoints and removes staff; /settings edits buildings and categories; /skills edits volunteer skills; /quiethours sets when notices wait; /audit shows who changed what, and exports it.
ws-search-title = 🔎 Found { $requests } { $requests ->
        [one] request
       *[other] requests
    } and { $people } { $people ->
        [one] person
       *[other] people
    }{ $shown ->
        [0] .
       *[other] ; the newest requests are below.
    }
ws-search-request = { $number } · { $category } · { $words }
ws-search-person = 👤 { $name } · building { $building }, { $unit } · { $phone }
ws-search-none = 🔎 Nothing found for "{ $text }". Type a number (R-000003, W-12, E-5), words, a name, a phone or a building.
ws-open = Open { $number }
ws-open-ask = Press to open { $number }:
