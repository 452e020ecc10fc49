"""Initiativer: the list (:mod:`.page`) and one initiative (:mod:`.detail`) with a module per
tab (:mod:`.overview_tab`, :mod:`.relations_tab`, :mod:`.plagues_tab`, :mod:`.barriers_tab`,
:mod:`.results_tab`, :mod:`.log_tab`, :mod:`.actions_tab`)."""
