## The love bank (爱心银行): points, history, rewards, honours.

points-awarded =
    🎖️ You were awarded { $points } points: { $note }
    Your balance is now { $balance } points.

error-points-amount = Please give a number of points from 1 to { $most }.
error-points-kind = Those points cannot be recorded that way.
error-points-short = Not enough points: the balance is { $balance }.
error-award-note = Please say in a few words why.
error-award-self = You cannot give points to yourself.

btn-reward-approve = ✅ Give out
btn-reward-decline = ✖️ Decline
reward-requested-staff = 🎁 { $name } asks for { $reward } ({ $cost } points; balance { $balance }).
reward-approved = 🎁 Your { $reward } is ready for you at the service station. { $cost } points were used; your balance is { $balance } ({ $available } free to use).
reward-declined = Your request for { $reward } was declined: { $reason }. No points were used: you have { $available } points free to use again.
error-reward-out = Sorry, { $name } is out of stock.
error-honours-empty = Nobody is on this month's roll yet.
honours-notice =
    🏅 Volunteer honours roll, { $month } (points · hours):
    { $roll }
    Thank you to everyone who helped our neighbours!

points-card =
    ❤️ Your love-bank balance: { $balance } points (earned in all: { $earned }){ $held ->
        [0] {""}
       *[other] {"\u000A"}🎁 { $held } put aside for rewards you asked for, so { $available } free to use
    }
    { $lines }
points-card-empty = ❤️ Your love-bank balance: { $balance } points. Help with a task to earn some!{ $held ->
        [0] {""}
       *[other] {" "}({ $held } put aside for rewards you asked for, so { $available } free to use.)
    }
points-line = { $date } { $points } { $kind ->
        [task] task
        [wish] wish
        [event] event
        [award] award
        [redemption] reward
       *[correction] correction
    } { $note }
btn-points-rewards = 🎁 Rewards
btn-points-older = ◀️ Older
rewards-title = 🎁 Rewards: press one to ask for it. Staff give it out at the service station.
rewards-empty = No rewards on offer right now.
rewards-staff = 🎁 The catalogue (−1/+1 changes the stock) and requests waiting (press a name to give it out). Add an item with /addreward.
reward-line = { $name } · { $cost } points · { $stock } left
reward-requested = 🎁 You asked for { $reward }. Its { $cost } points are put aside until staff give it out; you have { $available } points free to use. Staff will tell you when it is ready.
reward-approved-staff = 🎁 { $reward } given out to { $name }.
reward-declined-staff = { $name } was told the request for { $reward } was declined.
reward-ask-decline-reason = { $who }, why is the request declined?
reward-ask-name = 🎁 New reward. What is it called?
reward-ask-cost = How many points does it cost?
reward-ask-stock = How many are there?
reward-added = 🎁 Added to the catalogue.
honours-staff =
    🏅 Honours roll { $month } (points · hours; only volunteers who agreed):
    { $roll }
btn-honours-publish = 📣 Publish as a notice
honours-published = 📣 The honours roll is on its way to { $told } residents.

btn-reward-yes = ✅ Yes, request it
btn-reward-withdraw = ↩️ Withdraw the request
reward-confirm = 🎁 Ask for { $reward } for { $cost } points? You have { $available } points free to use; { $after } will be left. The points are put aside until staff give it out.
reward-not-asked = Not requested. Your points stay as they were.
error-reward-short = Not enough points for { $reward }: it costs { $cost }, and you have { $available } free to use (balance { $balance }, { $held } put aside for rewards you asked for).
reward-withdrawn = ↩️ Your request for { $reward } is withdrawn. You have { $available } points free to use.
reward-cancelled-staff = ↩️ { $name } withdrew the request for { $reward }.
reward-short-at-handover = Sorry, your { $reward } could not be given out: it costs { $cost } points and your balance is now { $balance }. The request is closed; no points were used.
reward-now-approved = ✅ This request was already given out.
reward-now-declined = ✖️ This request was already declined.
reward-now-cancelled = ↩️ The volunteer withdrew this request.
reward-now-short = ⚠️ Not given out: it costs { $cost } points and the balance is now { $balance }. The request is closed and the volunteer was told.
reward-card-handed = ✅ Given out by { $who }.
reward-card-declined = ✖️ Declined by { $who }.
error-reward-asked-already = You already asked for { $reward } from this message; see the reply above.
