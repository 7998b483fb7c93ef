import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { User, RoleEnum } from './user.entity';
import { ListResponse, SortInput } from '../../common/list';
import { registerEnumType } from 'type-graphql';

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  token: string;

  @Field(() => User)
  user: User;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email: string;

  @Field(() => String)
  @Length(1, 100)
  name: string;

  @Field(() => String, { description: 'At least 10 characters' })
  @Length(10, 200, { message: 'password must be 10 to 200 characters' })
  password: string;

  @Field(() => RoleEnum)
  role: RoleEnum;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: RoleEnum;

  @Field(() => Boolean, { nullable: true, description: 'false disables the account and revokes its tokens' })
  @IsOptional()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'A new password (revokes existing tokens)' })
  @IsOptional()
  @Length(10, 200, { message: 'password must be 10 to 200 characters' })
  password?: string;
}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: RoleEnum;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

export enum UserSortField {
  id = 'id',
  email = 'email',
  name = 'name',
  role = 'role',
  createdAt = 'createdAt',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserSort extends SortInput<UserSortField>(UserSortField, 'UserSort') {}

@ObjectType()
export class UserList extends ListResponse(User, 'UserList') {}

