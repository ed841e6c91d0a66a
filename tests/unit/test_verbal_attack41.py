"""lead41: هاجم said of criticism is no attack.

An attack verb of events.yaml modality `verbal_attack_lemmas` is criticism when its clause tells the speech it was
made in (a speech noun after في/خلال/عبر, before any word of a report's source), goes on with a participle of
saying ("واصفا إياها"), or is pointed back to a speech noun by a relative فيها/فيه.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import events


@pytest.mark.parametrize("text", [
    "هاجم قائد الشرطة في دبي ميليشيا الحوثي الانقلابية، واصفا إياها بأداة إيران.",
    "وهاجم رئيس البرلمان العراقي تنظيم داعش في كلمته أمس في الرمادي.",
    "وأعدم التنظيم أمس إمام مسجد في بلدة القيارة لأنه هاجم التنظيم خلال خطبه.",
])
def test_an_attack_in_words_is_no_clash(extract, text):
    assert not [e for e in events(extract, text) if e.trigger.text.endswith("هاجم")]


def test_the_execution_beside_the_criticism_stays(extract):
    text = "وأعدم التنظيم أمس إمام مسجد في بلدة القيارة لأنه هاجم التنظيم خلال خطبه."
    assert [e.sub_type for e in events(extract, text)] == ["Attack"]


@pytest.mark.parametrize("text", [
    # the speech noun belongs to the report's source, after a word of reporting
    "وهاجم مسلحون من تنظيم داعش حاجزا للجيش في مدينة العريش أمس، حسبما قال مسؤول في تصريح صحفي.",
    "وهاجم مسلحون من تنظيم داعش حاجزا للجيش في مدينة العريش أمس.",
])
def test_an_armed_attack_stays(extract, text):
    assert [e.sub_type for e in events(extract, text)] == ["Armed clash"]
