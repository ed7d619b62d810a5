# Linking a request to the open one it repeats.
btn-same-as = 🔗 Same as another request
desk-prompt-same-as = { $who }, which open request is { $number } the same matter as? Type its number, for example R-000031. (Reply to this message; /cancel to stop.)
desk-same-as-number = Please type a request number, for example R-000031.
desk-done-same-as = 🔗 { $number } is linked to { $original }. Its resident will hear how { $original } ends.
error-duplicate-unknown = There is no request { $number }. Please type another number.
error-duplicate-self = That is { $number } itself. Please type the number of the other request.
error-duplicate-closed = { $number } is no longer open. Please type the number of an open request.
request-duplicate = 🔗 Your request { $number } is about the same matter as { $original }, which staff are already working on. We closed yours so that nothing is done twice; you will hear here how { $original } ends.
request-followed-resolved = ✅ { $number }, which your request { $mine } was linked to, is done: { $text }
request-followed-referred = ↪️ { $number }, which your request { $mine } was linked to, is not the community office's to solve. Please turn to { $who }: { $contact }
staff-fyi-duplicate = ℹ️ { $staff } linked { $number } to { $original } (the same matter).
