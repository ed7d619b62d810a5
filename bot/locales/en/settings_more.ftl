# More of the admin's settings: the staff room's language, and asking before removing.
btn-settings-room-language = 🌐 Staff room language
admin-room-language = 🌐 The staff group is written to in { $language }. Choose its language:
admin-room-language-set = ✅ The staff group will be written to in { $language }.
error-unknown-language = That language is not one Linli speaks.
admin-building-remove-ask = Remove building { $name }? { $residents } { $residents ->
    [one] resident lives
   *[other] residents live
} there and { $open } of their requests are open; they keep the building on their records, but new residents can no longer choose it.
btn-building-remove-sure = 🗑 Yes, remove it
admin-category-hide-ask = Hide { $name } from residents? { $open } open { $open ->
    [one] request is
   *[other] requests are
} in it and stay in the queue; residents can no longer choose it for new requests.
btn-category-hide-sure = 🙈 Yes, hide it
btn-building-grid = 🗺 Grid: { $grid }
admin-grid-ask = Which grid (网格) is building { $name } in? Type its name, or - for none.
admin-grid-set = ✅ Building { $name }: grid { $grid }.
