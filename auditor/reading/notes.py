"""The reading stage's notes and problems that carry values: catalogue messages kept as English.

The read cache stores a file's notes and problem as English text, so they stay English strings
in `ReadFile` and `Document`. Each form below is a catalogue message (`N_`) registered with
`i18n.template`: the report matches a note against it and says it again in the reader's
language with its values (`i18n.known`). Format a note from these forms, never by hand, so the
English text is the form's exactly.
"""

from __future__ import annotations

from auditor.i18n import N_, template

PAGE_DAMAGED = template(N_("page {number} is damaged and cannot be read"))
PAGE_NOTE = template(N_("page {number}: {note}"))
PAGES_NOTE = template(N_("pages {first}-{last}: {note}"))
PDF_TOO_LONG = template(
    N_(
        "the PDF has {count} pages; only the first {max} were read "
        "(a case document is far shorter: split the file into its documents)"
    )
)
PDF_TOO_SLOW = template(
    N_("pages {first}-{last} were not read: the file is too slow to read (over {seconds} s)")
)
SCANS_CUT = template(
    N_(
        "{n} scanned pages ({first}-{last}) were not read: at most {max} pages of one file "
        "are read by OCR; split the file into its documents"
    )
)
IMAGE_TOO_LONG = template(
    N_(
        "the image file has more than {most} pages; only the first {max} were read "
        "(split the file into its documents)"
    )
)
IMAGE_CUT = template(
    N_(
        "the image file has {frames} pages; only the first {max} were read by OCR "
        "(split the file into its documents)"
    )
)
WRONG_NAME = template(N_("the file is named {suffix} but is {shown}; it was read as {shown}"))
A_PDF = N_("a PDF")
AN_IMAGE = N_("an image")
UNKNOWN_NAMED = template(
    N_(
        "its name ends in {suffix} but it is {what}; "
        "ask the client for it as a PDF or a JPEG/PNG photo"
    )
)
UNKNOWN = template(N_("the file is {what}; ask the client for it as a PDF or a JPEG/PNG photo"))
IMAGE_TOO_LARGE = template(
    N_(
        "the image is {width} x {height} pixels, too large to be a document page (the limit is "
        "{limit} million pixels; it may be a decompression bomb); ask the client for a normal "
        "scan or photo"
    )
)
TEXT_CUT = template(N_("only the first {max} of its {count} characters were read"))
NOT_READ = template(N_("the auditor could not read {where}: {note}"))
ITS_PAGE = N_("its page")
ANY_PAGE = template(N_("any of its {count} pages"))
NOTHING_READ = template(N_("nothing could be read: {note}"))
OVER_BUDGET = template(
    N_(
        "the file took longer to read than its {seconds}-second limit for one file, so the rest "
        "of it was not read (it is damaged, built to be slow, or far too long); ask the client "
        "for a simpler copy, or split it into its documents"
    )
)
