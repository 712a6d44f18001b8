"""Ordinary application questions that ask for no data category: motivation, how the candidate heard
of the job, availability, skills, languages, consent to the privacy notice, free comments.

They matter for one thing: a question formaudit recognises neither as a data category nor as one of
these is *unrecognised*, and the report lists it for a person to read ("9 of 25 questions were not
recognised"). Written, like the vocabulary, against ``formaudit.text.fold_question`` output (lower
case, no accents), in the languages formaudit covers; a form in another language recognises none.
"""

from __future__ import annotations

import re
from functools import cache

from formaudit.models.fields import Field
from formaudit.text import fold_question

_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        r"why (?:do|would) you", r"motivation", r"what (?:attracts|interests|excites) you", r"tell us (?:about|why)",
        r"how did you (?:hear|find|learn|come across)", r"where did you (?:hear|see|find)", r"referr(?:ed|al)",
        r"source", r"availab(?:le|ility)", r"notice period", r"(?:earliest )?start date",
        r"when (?:can|could) you start",
        r"linkedin", r"github", r"portfolio", r"website", r"languages?", r"skills?", r"experience",
        r"describe", r"additional (?:information|details|comments)", r"anything else", r"comments?", r"message",
        r"questions? for us", r"privacy", r"terms", r"i (?:agree|consent|accept|confirm|have read|understand)",
        r"data protection", r"pronouns?", r"preferred name", r"city", r"location", r"relocat\w*", r"remote",
        r"travel", r"shifts?", r"hours", r"full time", r"part time", r"position", r"role", r"vacanc\w+",
        r"job title", r"qualifications?", r"degree", r"certificat\w+", r"licen[cs]e", r"driv\w+",
        r"salary expectations?", r"expected salary", r"desired salary", r"country", r"title",
        r"date", r"signature", r"signed", r"sign here",  # a declaration's signature and its date
    ),
    "de": (
        r"warum", r"motivation", r"wie (?:sind|bist) (?:sie|du) auf", r"aufmerksam geworden", r"verfugbar\w*",
        r"eintrittstermin", r"kundigungsfrist", r"fruhest\w*", r"sprach\w*", r"kenntnisse", r"erfahrung\w*",
        r"weitere (?:informationen|angaben)", r"anmerkung\w*", r"nachricht", r"datenschutz\w*", r"einwillig\w*",
        r"ich (?:stimme|habe|bin einverstanden|akzeptiere)", r"wohnort", r"umzug\w*", r"reisebereitschaft",
        r"teilzeit", r"vollzeit", r"stelle", r"position", r"qualifikation\w*", r"abschluss", r"fuhrerschein",
        r"gehaltsvorstellung\w*", r"anrede", r"titel", r"land", r"datum", r"unterschrift", r"ort und datum",
    ),
    "fr": (
        r"pourquoi", r"motivation", r"comment avez vous", r"connu", r"disponib\w+", r"preavis",
        r"date de (?:debut|demarrage|prise de poste)", r"langues?", r"competences?", r"experiences?",
        r"informations? complementaires?", r"commentaires?", r"message", r"confidentialite",
        r"donnees personnelles", r"j accepte", r"j ai lu", r"ville", r"mobilite", r"temps (?:plein|partiel)",
        r"poste", r"diplomes?", r"permis", r"pretentions? salariales?", r"civilite", r"pays", r"date",
        r"signature", r"fait a",
    ),
    "es": (
        r"por que", r"motivacion", r"como (?:te enteraste|conociste|nos conociste)", r"disponibilidad",
        r"preaviso", r"fecha de incorporacion", r"incorporacion", r"idiomas?", r"habilidades", r"experiencia",
        r"informacion adicional", r"comentarios?", r"mensaje", r"privacidad", r"proteccion de datos",
        r"acepto", r"he leido", r"ciudad", r"ubicacion", r"jornada", r"puesto", r"titulacion", r"carnet",
        r"expectativas? salarial(?:es)?", r"pais", r"fecha", r"firma",
    ),
    "nl": (
        r"waarom", r"motivatie", r"hoe (?:heb|ben) (?:je|u)", r"beschikbaar\w*", r"opzegtermijn", r"startdatum",
        r"talen", r"vaardigheden", r"ervaring", r"aanvullende informatie", r"opmerking\w*", r"bericht",
        r"privacy\w*", r"akkoord", r"woonplaats", r"functie", r"opleiding", r"rijbewijs", r"salarisindicatie",
        r"aanhef", r"land", r"datum", r"handtekening", r"plaats en datum",
    ),
}


@cache
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(p for phrases in _PHRASES.values() for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def is_ordinary_question(field: Field) -> bool:
    """True when the question's wording is one of the ordinary questions of an application."""
    text = " ".join(t for t in (field.group_label, field.label, field.description, field.placeholder) if t)
    return bool(text) and _pattern().search(fold_question(text)) is not None
