from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

STORY_PARAS = [
    "Chinese leader Xi Jinping and Russian President Vladimir Putin met in Beijing on Friday, "
    "hours before the opening of the Winter Olympics, and released a long joint statement.",
    "The statement said the friendship between the two states had no limits and that there were "
    "no forbidden areas of cooperation, language that surprised diplomats in Europe.",
    "The two sides also signed agreements on gas supplies, including a contract for ten billion "
    "cubic meters a year to be delivered through a new route from the Russian Far East.",
    "Officials in Washington said they were studying the text closely and warned that any move "
    "against Ukraine would be met with severe sanctions from the United States and its allies.",
    "Analysts said the document was the most detailed statement of shared views that the two "
    "governments had ever published, covering NATO, Taiwan, arms control and the internet.",
]


def page(title: str, paras: list[str], date: str | None = "2022-02-04T09:00:00Z") -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title>{meta}"
        f"<meta name='author' content='Jane Doe'></head><body><nav><a href='/'>Home</a> "
        f"<a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>© 2023 Harbor Public Radio. All rights reserved.</footer></body></html>"
    ).encode()


@pytest.fixture
def story_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "story.html").write_bytes(
        page("Xi and Putin declare a friendship without limits", STORY_PARAS)
    )
    (d / "copy.txt").write_bytes(
        page("Putin and Xi sign joint statement", [*STORY_PARAS, "Reporting by the wire desk."])
    )
    (d / "gas.txt").write_text(
        "Gazprom and CNPC sign a thirty-year gas deal\n\n"
        "Russia and China signed a thirty-year agreement in Shanghai on Wednesday under which "
        "Gazprom will supply natural gas to CNPC through a pipeline known as Power of Siberia.\n\n"
        "The contract, estimated at four hundred billion dollars, followed a decade of talks over "
        "price that had repeatedly stalled, officials from both companies said.\n",
        encoding="utf-8",
    )
    return d
