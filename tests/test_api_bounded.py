"""The API's extraction is bounded: a very long article is stopped after the time budget and
reported, and other writers are served meanwhile; the shared pipeline gives the same results when
several requests extract at once.

Every Arabic sentence here was written for these tests.
"""
from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from rasd.model import Article
from rasd.pipeline import Pipeline
from rasd.serve.app import create_app
from rasd.store.db import Store

TOKEN = "bounded"
SHORT = ("أعلنت السلطات في مدينة سرت أن قوات الأمن اشتبكت مع مجموعة مسلحة قرب الميناء مساء الأحد، "
         "وقال مسؤول إن ثلاثة من عناصر الأمن قتلوا في الاشتباك.")
SENTENCES = [
    "قصفت طائرات حربية مواقع لمسلحين في مدينة درنة يوم الاثنين، وقال مصدر طبي إن خمسة أشخاص قتلوا.",
    "انسحبت القوات الحكومية من بلدة هراوة شرق سرت باتجاه مصراتة بعد معارك استمرت يومين.",
    "أعلنت وزارة الداخلية اعتقال عشرة أشخاص يشتبه في انتمائهم إلى تنظيم الدولة في مدينة بنغازي.",
    "قال متحدث باسم الجيش إن نحو مئتي مقاتل وصلوا إلى مدينة أجدابيا قادمين من الجنوب.",
]


@pytest.fixture(scope="module")
def loaded() -> Pipeline:
    pipe = Pipeline()
    pipe.resources  # noqa: B018
    return pipe


class EndlessOnLongText(Pipeline):
    """The real pipeline, except that a text over 100,000 characters never finishes (pure Python, so
    the budget can stop it): a stand-in for any article the pipeline would take too long over."""

    def __init__(self, resources, started: threading.Event):
        super().__init__(resources)
        self.started = started

    def extract(self, article: Article):
        if len(article.text) > 100_000:
            self.started.set()
            while True:
                pass
        return super().extract(article)


def test_a_long_article_is_stopped_and_other_writers_go_on(tmp_path, loaded):
    store = Store(f"sqlite:///{tmp_path / 'b.sqlite'}")
    app = create_app(store, token=TOKEN, time_budget=10)
    started = threading.Event()
    app.state.pipeline = EndlessOnLongText(loaded.resources, started)
    headers = {"X-Rasd-Token": TOKEN}
    with TestClient(app) as c:
        big: list = []
        t = threading.Thread(target=lambda: big.append(c.post("/api/articles", headers=headers,
                                                              json={"text": SHORT * 800})), daemon=True)
        t.start()
        assert started.wait(30)
        small: list = []
        s = threading.Thread(target=lambda: small.append(c.post("/api/articles", headers=headers,
                                                                json={"text": SHORT})), daemon=True)
        s.start()
        s.join(60)
        assert small and small[0].status_code == 201, small and small[0].text
        assert t.is_alive(), "the long article should still be running when the short one is stored"
        t.join(60)
        assert not t.is_alive()
        r = big[0]
        assert r.status_code == 422 and "time budget" in r.text, r.text
        assert c.get("/api/summary").json()["failures"] == 1
        assert c.get("/api/summary").json()["articles"] == 1


def test_concurrent_extractions_give_the_sequential_results(loaded):
    from rasd.export.jsonl import prediction_record

    texts = [" ".join(SENTENCES[i:] + SENTENCES[:i]) * 3 for i in range(len(SENTENCES))]
    arts = [Article(id=f"c{i}", text=t, published="2016-05-02") for i, t in enumerate(texts)]
    expected = [prediction_record(loaded.extract(a)) for a in arts]
    got: dict[int, list] = {i: [] for i in range(len(arts))}

    def work(i: int) -> None:
        for _ in range(5):
            got[i].append(prediction_record(loaded.extract_within(arts[i], 60)))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(arts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, runs in got.items():
        assert all(r == expected[i] for r in runs), i
