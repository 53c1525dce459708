import { describe, expect, it } from 'vitest';
import { friendlyRemark, onlySmallTalk, socialKind } from './social';

describe('small talk', () => {
  it('knows thanks, goodbyes, compliments and remarks about the day', () => {
    expect(socialKind('dankjewel!')).toBe('thanks');
    expect(socialKind('slaap lekker')).toBe('bye');
    expect(socialKind('jij bent echt een topper')).toBe('compliment');
    expect(socialKind("you're a legend")).toBe('compliment');
    expect(socialKind('wat een mooie dag vandaag he')).toBe('chat');
    expect(socialKind('hoi')).toBe('hello');
  });

  it('a compliment or a remark about the day is small talk; a question or a long story is not', () => {
    expect(friendlyRemark('je bent een schat')).toBe(true);
    expect(friendlyRemark('lekker weertje vandaag')).toBe(true);
    expect(friendlyRemark('is er morgen mooi weer voor de bbq?')).toBe(false);
    expect(
      friendlyRemark(
        'wat een mooie dag, maar de lift is weer kapot en ik kan met mijn rolstoel niet naar beneden',
      ),
    ).toBe(false);
    expect(onlySmallTalk('ok prima')).toBe(true);
  });
});

describe('small talk, round 7', () => {
  it('agreement, laughing, a sign-off, praise for the bot or an evening, a wrong chat', () => {
    expect(onlySmallTalk('klopt inderdaad')).toBe(true);
    expect(onlySmallTalk('hahaha ja')).toBe(true);
    expect(friendlyRemark('groeten van Kees van 12')).toBe(true);
    expect(friendlyRemark('jij bent een handige bot')).toBe(true);
    expect(friendlyRemark('het buurtfeest was echt te gek')).toBe(true);
    expect(friendlyRemark('oeps sorry, dat was niet voor jou')).toBe(true);
  });

  it('not when a request follows, or the thing is broken', () => {
    expect(friendlyRemark('de bingo was gezellig, zet mij er volgende keer weer op')).toBe(false);
    expect(friendlyRemark('de lift is kapot, groetjes van Kees')).toBe(false);
    expect(socialKind('het brandalarm is weer kapot')).toBe('hello');
  });
});
