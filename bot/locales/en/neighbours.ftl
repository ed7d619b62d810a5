# Neighbours' requests: shown to the building, backed with Me too.
btn-nb-share = 🏢 Show to my building
btn-nb-unshare = 🙈 Stop showing it to my building
btn-nb-list = 🏢 In my building
btn-nb-me-too = 🙋 Me too
nb-shared = 🏢 Neighbours in your building now see { $number } (not your name) and can say they have the same problem.
nb-unshared = 🙈 { $number } is no longer shown to your building.
nb-none = 🏢 No neighbour in your building has shown a request yet.
nb-title = 🏢 Open requests neighbours showed to your building. If you have the same problem, open one and press Me too:
nb-line = { $number } · { category-name } · 🙋 { $count }{ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
nb-view =
    🏢 { $number } · { category-name }
    { $text }
    🙋 { $count } { $count ->
        [one] neighbour has
       *[other] neighbours have
    } the same problem.
nb-counted = 🙋 Counted. { $count } { $count ->
        [one] neighbour has
       *[other] neighbours have
    } the same problem now; staff see it.
nb-counted-already = You said so already ({ $count } in all).
