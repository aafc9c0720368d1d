"""The rectorate staff's yearly work on the data, as pure functions over the model.

- ``drafts``: what is left to check on the notice (``verify:`` lines, values
  « À COMPLÉTER »): a session holding any is a draft, shown in the preview
  with a banner, never published;
- ``skeleton``: ``python -m generator new-academy``, the files of a new academy
  written from the model itself (every required key, with French comments);
- ``rollover``: ``python -m generator new-session``, next year's session from
  the latest one, dates moved one year and what usually changes marked ``verify:``;
- ``commands``: both commands, read → compute → check in a scratch copy → write;
- ``lint``: non-blocking checks across academies, against national content
  and the calendar (R408 lists, contacts, notices that may have been replaced);
- ``session_texts``: the texts of a session a candidate reads, walked from its
  records, which ``lint`` checks and ``rollover`` marks when they quote last year;
- ``checks``: the staff's part of stage 2 of the pipeline (``drafts`` and ``lint``);
- ``calendar``: the build's date and the yearly rhythm of the sessions;
- ``yaml_text``: YAML written in the house style of the real files;
- ``writing``: check what a command prepared in a scratch copy of the
  project, then write it (nothing written on error, nothing overwritten).

Every message is French, for staff, with the file and line it is about.
"""


class StaffError(Exception):
    """A mistake in what staff asked (a command's arguments, the build's date): the French message says
    what is wrong and how to fix it. The command line prints it as it is, never a traceback."""
