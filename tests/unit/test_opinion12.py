"""Opinion pieces code only the incident they are about (SCHEMA.md); the reader of the genre (rasd/extract/genre.py).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest

from rasd.text.segment import segment

PUBLISHED = "2015-07-20"

# the writer's own voice: first person, questions, words that urge and regret (no incident in it)
VOICE = (
    "لا أعرف كيف نقرأ هذه الأخبار كل صباح دون أن نشعر بأن شيئا ما قد انكسر فينا. نحن نعيش زمنا صار فيه الموت "
    "خبرا عاديا، ونقلب الصفحة كأن شيئا لم يكن. أليس من حقنا أن نسأل: إلى متى؟ وهل يكفي أن نكتب ونستنكر ثم ننسى؟\n"
    "يجب أن نعترف بأن الكلمات وحدها لا تحمي أحدا، وأن الغضب الذي نحمله في صدورنا لا يعيد طفلا إلى أمه. لكنني "
    "أؤمن بأن الصمت أسوأ، وأن علينا أن نقول ما نراه بوضوح. ربما لا نملك إلا القلم، ولعل القلم يوقظ من نام. فلماذا "
    "نتأخر؟ ولماذا ننتظر الفاجعة التالية حتى نتحدث؟ إنني أكتب اليوم لأن السكوت صار شراكة، ولأن بلادنا تستحق منا "
    "أكثر من الحزن والدموع والبيانات التي تتشابه كل مرة.\n"
    "وأعتقد أن المدرسة والبيت والمسجد شركاء في هذا الامتحان الصعب، فالفكر المنحرف لا يولد في يوم واحد، بل ينمو "
    "في الفراغ الذي نتركه لأبنائنا حين ننشغل عنهم بأنفسنا، وحين نترك أسئلتهم بلا جواب.\n"
)

# the same incidents, cited as argument
ARGUMENT = ("ولم تكن تلك المرة الأولى: فقد هاجم مسلحون قرية قرب الموصل وقتلوا عشرات من سكانها، وانفجرت سيارة "
            "مفخخة أمام مدرسة في كركوك.\n")


def _column(opening: str, title: str = "متى نتعلم الدرس؟") -> str:
    return f"{title}\n\n{opening}\n{VOICE}{ARGUMENT}"


def _places(extract, text):
    return sorted(e.place.name for e in extract(text, PUBLISHED).events if e.place is not None)


def test_a_column_codes_the_incident_its_opening_tells_not_those_it_cites(extract):
    text = _column("فجر انتحاري نفسه أمس في سوق شعبي بمدينة الحلة، فقتل عشرين من المتسوقين.")
    assert _places(extract, text) == ["الحلة"]


def test_a_column_codes_the_incident_its_headline_tells(extract):
    text = _column("عشنا أمس مأساة جديدة، ولا يتغير شيء في طريقة تعاملنا معها.",
                   title="مقتل عشرين في تفجير انتحاري بالحلة.. متى نتعلم؟")
    assert _places(extract, text) == ["الحلة"]


def test_a_column_that_only_cites_past_attacks_codes_none(extract):
    text = _column("تتكرر المأساة كل شهر تقريبا ولا يتغير شيء في طريقة تعاملنا معها منذ أمس وقبله.")
    assert _places(extract, text) == []


def test_attacks_named_as_argument_in_the_opening_are_no_incident(extract):
    # a noun alone names what an argument cites ("في كل مرة يقع فيها تفجير")
    text = _column("في كل مرة يقع فيها تفجير في الحلة أو هجوم في كركوك، نعود إلى الكلام نفسه منذ أمس.")
    assert _places(extract, text) == []


# --- guards: news keeps every incident it tells --------------------------------------------------------------

NEWS = (
    "مقتل عشرين في تفجير انتحاري بالحلة\n\n"
    "قال مسؤول أمني إن انتحاريا فجر نفسه أمس في سوق شعبي بمدينة الحلة، ما أسفر عن مقتل عشرين شخصا. وأضاف المسؤول "
    "أن مسلحين هاجموا أمس قرية قرب الموصل وقتلوا عشرة من سكانها، وذكرت مصادر محلية أن سيارة مفخخة انفجرت أمس "
    "أمام مدرسة في كركوك. وأوضح أن قوات الأمن أغلقت مداخل المدينة، وأشار إلى أن التحقيقات جارية. وأكد مصدر في "
    "الشرطة أن الحصيلة قد ترتفع، فيما قالت وزارة الصحة إن المستشفيات استقبلت عشرات الجرحى. وتابع المسؤول أن "
    "الأجهزة الأمنية رفعت درجة التأهب في المحافظات المجاورة، وبحسب بيان للوزارة فإن فرق الإسعاف نقلت المصابين "
    "إلى مستشفى المدينة. وكشفت مصادر طبية أن بين القتلى نساء وأطفالا، وأعلنت المحافظة الحداد ثلاثة أيام. وقال "
    "شاهد عيان: \"كنا نتسوق حين سمعنا الانفجار، ولا أعرف كيف نجوت، نحن لم نر شيئا كهذا من قبل، لماذا نحن؟\"، "
    "وأضاف أن الناس هرعوا إلى المكان لإسعاف الجرحى قبل وصول سيارات الإسعاف.\n"
)


def test_a_news_report_keeps_every_incident(extract):
    places = _places(extract, NEWS)
    assert "الحلة" in places and "كركوك" in places and len(places) >= 3


@pytest.fixture(scope="module")
def genre():
    """(lexicon, reads_as_opinion): imported here so that the event tests run on the code before too."""
    from rasd.extract.genre import load_genre_lexicon, reads_as_opinion
    return load_genre_lexicon(), reads_as_opinion


def test_reader_tells_a_column_from_a_report(genre):
    lex, reads_as_opinion = genre
    assert reads_as_opinion(segment(_column("تتكرر المأساة كل شهر.")), lex)
    assert not reads_as_opinion(segment(NEWS), lex)


VISIT = (
    "الرئيس يزور المحافظة\n\n"
    "وصل الرئيس إلى المدينة صباح الأحد في زيارة تستمر يومين، واستقبله المحافظ وعدد من المسؤولين في المطار. وزار "
    "الرئيس المستشفى الجديد والمدرسة الفنية، واطلع على سير العمل في مشروع الطريق الدائري الذي يربط الأحياء "
    "الشرقية بالميناء. وتضمن برنامج الزيارة افتتاح مركز للتدريب المهني ولقاء مع وجهاء المحافظة وممثلي الغرف "
    "التجارية والجمعيات الأهلية. ومن المقرر أن يتوجه الرئيس بعد ذلك إلى العاصمة لحضور اجتماع مجلس الوزراء "
    "الأسبوعي، حيث تناقش الحكومة خطة المشاريع الجديدة وميزانية العام المقبل ومشروعات المياه والكهرباء في القرى "
    "البعيدة عن المدن الكبرى والطرق التي تربطها بها. وشهدت شوارع المدينة استعدادات واسعة لاستقبال الضيف، "
    "فرفعت الأعلام على المباني الحكومية وزينت الساحات العامة بالأضواء، وأغلقت بعض الطرق أمام السيارات ساعات "
    "قليلة خلال مرور الموكب الرسمي إلى مقر المحافظة.\n"
    "وقال في كلمة أمام الوجهاء: \"نحن هنا لنسمع منكم، وأنا أعرف أن لديكم مطالب كثيرة، فهل نبدأ بالطرق أم "
    "بالمدارس؟ إنني أعدكم بأننا لن نتأخر، وعلينا جميعا أن نعمل معا، فبلادنا تستحق منا الكثير!\"\n"
)


def test_a_speaker_quoted_is_not_the_writer_voice(genre):
    # the same words outside quotation marks would be the writer's: the quotation marks give them to the speaker
    lex, reads_as_opinion = genre
    assert not reads_as_opinion(segment(VISIT), lex)
    # speech after a speaker's colon is his, with or without quotation marks
    assert not reads_as_opinion(segment(VISIT.replace('"', "")), lex)
    assert reads_as_opinion(segment(VISIT.replace('"', "").replace("وقال في كلمة أمام الوجهاء:", "")), lex)


def test_an_interview_is_not_an_opinion_piece(genre):
    # the answers are the speaker's: the questions stand on lines of their own
    lex, reads_as_opinion = genre
    answers = VISIT.replace('"', "").replace("وقال في كلمة أمام الوجهاء:", "")
    questions = "\nكيف ترون الوضع في المحافظة؟\n" + "\nوماذا عن المشاريع الجديدة؟\n" + "\nومتى تبدأ الأعمال؟\n"
    assert not reads_as_opinion(segment(answers + questions + answers), lex)


def test_a_short_piece_is_not_read_for_its_voice(genre):
    lex, reads_as_opinion = genre
    assert not reads_as_opinion(segment("لماذا نحن؟ ألسنا بشرا؟ إنني أسأل: هل من مجيب؟ نحن هنا!"), lex)


def test_a_column_codes_an_earlier_incident_told_with_its_own_day(extract):
    # SCHEMA.md: an earlier incident told in a sentence of its own, with its own date, is coded
    dated = "وفي 3 مارس الماضي قتل مسلحون جنديا عند نقطة تفتيش في مدينة الحلة.\n"
    text = _column("عشنا أمس مأساة جديدة، ولا يتغير شيء في طريقة تعاملنا معها.") + dated
    assert _places(extract, text) == ["الحلة"]
