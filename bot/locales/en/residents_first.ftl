# Small kindnesses for residents.
language-set-form-goes-on = Your form is still open: answer its last question, or send /cancel to stop.
