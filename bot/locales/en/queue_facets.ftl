# The staff queue narrowed by building, category, status, owner and age.
btn-q-facets = { $count ->
    [0] 🔎 Filters
   *[other] 🔎 Filters ({ $count })
}
btn-q-facets-clear = ✖️ Clear filters
btn-q-facets-back = ⬅️ Back to the list
q-facets-now = 🔎 Only: { $facets }
q-facets-title = 🔎 Narrow the list: choose what to filter by. Filters combine, and each choice shows how many open requests it leaves.
q-facet-any = any
btn-q-facet-any-choice = Any
q-facet-choice = { $value } · { $count }
q-facet-age = { $days ->
    [one] open over 1 day
   *[other] open over { $days } days
}
btn-q-facet-b = 🏢 Building: { $value }
btn-q-facet-c = 🗂 Category: { $value }
btn-q-facet-s = 📌 Status: { $value }
btn-q-facet-o = 👤 Owner: { $value }
btn-q-facet-a = ⏳ Age: { $value }
q-facet-ask-b = 🏢 Which building? (open requests in each)
q-facet-ask-c = 🗂 Which category? (open requests in each)
q-facet-ask-s = 📌 Which status? (open requests in each)
q-facet-ask-o = 👤 Whose requests? (open requests each owns)
q-facet-ask-a = ⏳ Open for how long? (open requests at least that old)
