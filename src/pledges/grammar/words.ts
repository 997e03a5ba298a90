/**
 * English verb and noun classes the pledge reader needs. These are general
 * facts of the language (what a verb does to its subject and complement), not
 * phrases from any one document: each class lists lemmas, as the tagger
 * gives them.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Verbs whose subject commits itself to what follows ("we pledge to", "they agreed that …", "we seek to"). */
export const COMMITTING = set(`
  commit recommit pledge promise vow undertake resolve intend plan aim seek strive endeavour endeavor aspire
  agree decide determine guarantee swear contract`);

/** Of those, the ones that commit only through a complement ("decided to", "agreed that"): "determine the characteristics" decides nothing. */
export const COMMITTING_WITH_COMPLEMENT = set('agree decide determine resolve intend plan aim seek strive endeavour endeavor aspire undertake');

/** Light verbs whose object names an attitude: "take note of", "take pride in", "pay tribute to", "share concerns". */
export const LIGHT_VERBS = set('take have make give pay express extend share voice');
export const ATTITUDE_NOUNS = set(`
  note pride pleasure interest tribute gratitude thanks condolence condolences appreciation satisfaction concern concerns
  regret hope hopes view views belief vision opinion sympathy solidarity respect admiration recognition stock need needs`);

/** Appeals: a pledge to push for something ("called for a security pact", "urged a quick adoption"). */
export const APPEALING = set('call urge demand press push appeal');

/**
 * Verbs that renew or state a standing commitment when their object is one
 * ("reaffirm our commitment to", "emphasize their shared commitment to", "redouble our efforts").
 */
export const RENEWING = set(`
  reaffirm reiterate renew restate reconfirm affirm confirm reassert underscore underline emphasize emphasise stress
  express redouble uphold maintain recommit declare voice share reinforce strengthen deepen`);

/**
 * Verbs of showing: what they show of someone's commitment to act is that commitment, stated ("the work shows our resolve
 * to reach …", "demonstrates our determination to adapt …").
 */
export const SHOWING = set('show demonstrate reflect signal embody illustrate evidence manifest prove testify');

/** Nouns naming a commitment: their possessor commits ("our commitment to", "their determination to"). */
export const COMMITMENT_NOUNS = set(`
  commitment commitments pledge pledges promise promises determination resolve resolution intention intentions intent
  dedication vow vows readiness willingness effort efforts support undertaking goal goals aim aims objective objectives
  ambition ambitions target targets`);

/** Verbs that give someone a task: the task is a commitment of whoever gives it ("directed their ministers to", "is tasked to"). */
export const TASKING = set('direct instruct task charge mandate commission ask request authorize authorise empower entrust');

/** Adjectives that commit their subject to a following "to" ("are committed to", "stand ready to"). */
export const COMMITTED = set('committed determined resolved dedicated ready prepared intent resolute poised eager keen willing set bound united');

/** Necessity the authors state commits them to it ("it is essential to", "deemed it necessary to"). */
export const NECESSARY = set('essential necessary vital crucial imperative critical important indispensable urgent');

/** Waiting for an act to come commits to taking it up ("we look forward to", "were waiting for the proposal"). */
export const ANTICIPATING = set('await wait expect anticipate');

/** Feelings about an act that the subject performs by saying so ("pleased to announce", "proud to launch"). */
export const PLEASED = set('pleased glad happy proud delighted honored honoured excited');

/** Verbs of saying: their complement is what was said, read on its own ("said the government would …"). */
export const SAYING = set('say state announce declare tell add remark explain indicate report note affirm confirm agree assure inform');

/** Announcing an initiative, rather than a fact, launches it: "announced joint initiatives to accelerate …". */
export const LAUNCHING = set('announce unveil launch introduce initiate inaugurate establish create');

/**
 * Attitudes, perceptions and opinions: saying them commits to nothing and
 * reports nothing done ("we welcome", "we recognize", "they discussed").
 */
export const ATTITUDE = set(`
  welcome appreciate applaud commend congratulate praise celebrate hail salute thank condemn deplore denounce regret
  mourn lament note acknowledge recognize recognise recall value respect honor honour believe consider view see
  understand know think feel hope wish desire share express discuss review exchange examine assess reflect emphasize
  emphasise stress underscore underline reaffirm reiterate welcome explore debate deliberate outline highlight describe
  detail`);

/**
 * Of the attitudes, the activities of inquiry: done over time, their progressive into what to do is work under way ("we
 * are exploring ways to …", "the ministers are examining whether to …"), as "we are working to …" is, where "we explore"
 * only says so and "we are reviewing the incident" reports.
 */
export const INQUIRING = set('explore examine review assess discuss debate deliberate consider exchange study');

/**
 * Verbs of causing a change in their object: what a thing "will create" (jobs) or "will reduce" (emissions) is its
 * predicted result, unless what it makes is a body or an instrument (see INSTITUTION_NOUNS, SET_UP_NOUNS).
 */
export const CAUSING = set('create bolster boost enhance improve increase reduce lower raise diversify unlock spur generate');

/**
 * Verbs of effect, and of causing a change in their object: what a thing "will enable", "will ensure" or "will create"
 * (jobs) is its predicted result, not an act anyone undertakes. Activities ("will focus on", "will consider") are not here.
 */
export const CONSEQUENCE = new Set([...set('enable ensure allow complement contribute benefit pave yield result'), ...CAUSING]);

/**
 * Outcomes: quantities and conditions that measures bring about ("reduce emissions", "raise the level of", "create
 * jobs"). A thing that "will" change one predicts a result, whoever set the thing up.
 */
export const OUTCOME_NOUNS = set(`
  level risk emission cost price growth job income wage time rate barrier dependence dependency vulnerability shortage
  poverty pollution waste resilience security prosperity competitiveness productivity efficiency output revenue employment
  demand supply capacity ability access opportunity investment footprint deficit debt inflation burden exposure loss
  damage harm threat number share volume amount value quality health welfare standard living condition outcome
  result benefit innovation trade competition confidence trust awareness understanding`);

/**
 * Bodies and instruments that are set up and then act: creating one ("will create three working groups", "a new
 * office") is the authors' plan carried out, not a predicted effect.
 */
export const INSTITUTION_NOUNS = set(`
  group mechanism fund office framework dialogue committee council body centre center network platform program programme
  initiative partnership forum board panel secretariat facility hub unit team taskforce registry register database
  fellowship scholarship award prize channel hotline`);

/**
 * Instruments the authors set up to act for them ("this initiative", "the partnership", "the programme"): the joint
 * work one "will enhance" is their plan (see JOINT_WORK); any other effect is a result foretold. Efforts, investments and
 * measures are not here: what they bring about is a result.
 */
export const SET_UP_NOUNS = set(`
  initiative partnership program programme mechanism fund facility platform network dialogue framework project centre
  center office hub secretariat taskforce`);

/** States, not acts: in the future they predict, they do not promise ("the alliance will remain the linchpin"). */
export const STATIVE = set(`
  be remain stay seem appear become have belong consist contain include exist represent constitute mean matter
  depend lie serve reflect underpin need require deserve differ vary`);

/** Things that happen to a subject rather than acts it performs: in the past they report no pledge kept ("came under criticism"). */
export const UNDERGOING = set('come go happen occur emerge arise face suffer experience undergo fall rise grow decline lose die become seem appear evolve');

/** Verbs of beginning: an act begun ("have begun to promote", "started exchanging") is under way, not done. */
export const INCEPTIVE = set('begin start commence');

/** Verbs that give something up: their clause abandons a pledge ("we abandoned", "the plan was shelved"). */
export const ABANDONING = set(
  'abandon withdraw drop cancel scrap shelve suspend halt terminate discontinue reject renounce forgo postpone defer rescind revoke',
);

/**
 * Nouns naming a completed event: welcoming one reports it done ("we welcome
 * the signing of", "the launch of X in May").
 */
export const EVENT_NOUNS = set(`
  launch launching signing signature establishment adoption conclusion completion creation opening ratification
  release publication holding convening entry inauguration approval accession start commencement delivery
  deployment disbursement implementation enactment agreement`);

/** Gatherings: as the subject of "took place" or "happened", one reports a meeting held ("the fourth ministerial meeting took place"). */
export const GATHERING_NOUNS = set(`
  meeting summit session conference dialogue talk talks consultation consultations visit forum gathering roundtable round
  workshop ministerial election ceremony`);

/** Nouns whose holder, as subject, acts: a party to the pledges rather than a thing ("the leaders", "both sides"). */
export const PARTY_NOUNS = set(`
  leader president minister prime premier chancellor government country nation state side party partner official
  agency department ministry administration secretary commission council delegation team chair co-chair member ally
  both two authority representative envoy ambassador people parliament congress senate union bank organization
  organisation region city municipality province county district officer police force army military navy service
  court judge prosecutor institution company firm operator administration cooperative group forum board committee coalition`);

/**
 * Nouns naming an undertaking, a text or an instrument rather than anyone who acts: what one "seeks" or "aims" to do
 * is its purpose ("this joint work seeks to …", "the register aims to …").
 */
export const INSTRUMENT_NOUNS = set(`
  work study project programme program plan initiative cooperation collaboration effort dialogue dialog mechanism framework
  roadmap strategy agreement arrangement statement declaration document report register registry tool platform
  fund facility policy measure law act regulation proposal partnership agenda exercise review survey approach`);

/**
 * Nouns of membership: being one is a standing ("are founding members of", "are contracting parties to"), so an -ing
 * word between "be" and one of them describes the noun and is no progressive act.
 */
export const MEMBERSHIP_NOUNS = set('member signatory founder participant observer shareholder party');

/** Subordinators: a clause they open is background, not the main clause. */
export const SUBORDINATORS = set(`
  as while since because although though if when whenever whereas unless until once after before given following
  lest whether where wherever so`);

/** Relative pronouns: the clause they open describes a noun and speaks for no pledge. */
export const RELATIVES = set('which who whom whose that where');

/** Modal auxiliaries of future or obligation. */
export const FUTURE_MODALS = set("will shall must ’ll 'll");

/** Modals that commit only when reporting what someone said would happen ("said it would"). */
export const REPORTED_MODALS = set('would should');

/** Negation words inside a verb group. */
export const NEGATORS = set("not n’t n't never");

/** Nouns of the ways to an end, which an inquiry into what to do names: "exploring ways to", "options for". */
export const MEANS = set('way option possibility means avenue opportunity approach mechanism modality tool step measure');

/**
 * Work done together, which an instrument the authors set up carries out: "this initiative will enhance work across
 * the council" plans it; "the programme will improve the lives of millions" foretells a result.
 */
export const JOINT_WORK = set('work cooperation coordination collaboration exchange exchanges research dialogue engagement');
